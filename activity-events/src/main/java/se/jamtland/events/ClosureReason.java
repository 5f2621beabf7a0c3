package se.jamtland.events;

/** Why a case closed (domain.md, "Statistics vocabulary"). */
public enum ClosureReason { COMPLETED, DISCONTINUED, REFERRED }

package se.jamtland.unit.vocabulary;

public enum ClosureReason { COMPLETED, DISCONTINUED, REFERRED }

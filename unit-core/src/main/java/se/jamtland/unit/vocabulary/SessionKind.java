package se.jamtland.unit.vocabulary;

public enum SessionKind { SESSION, BOOSTER, FOLLOW_UP }

package se.jamtland.unit.vocabulary;

public enum Channel { PHONE, CHAT, VISIT, VIDEO, DIGITAL }

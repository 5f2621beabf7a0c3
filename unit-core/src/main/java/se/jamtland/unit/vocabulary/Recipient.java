package se.jamtland.unit.vocabulary;

/** Who a record is disclosed (lämnas ut) to. */
public enum Recipient { DATA_SUBJECT, GUARDIAN, AUTHORITY }

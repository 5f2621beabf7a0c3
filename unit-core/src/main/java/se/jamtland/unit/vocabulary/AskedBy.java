package se.jamtland.unit.vocabulary;

/** Who made an advisory contact; the person's own identity is never asked for (14 kap. 4 § SoL). */
public enum AskedBy { SELF, RELATIVE, PROFESSIONAL, OTHER }

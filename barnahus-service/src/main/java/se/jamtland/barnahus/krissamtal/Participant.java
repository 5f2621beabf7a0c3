package se.jamtland.barnahus.krissamtal;

/** Who took part in a krissamtal, as a category: "barn och unga ..., deras anhöriga och övriga omsorgspersoner". */
public enum Participant { CHILD, GUARDIAN, OTHER_CAREGIVER }

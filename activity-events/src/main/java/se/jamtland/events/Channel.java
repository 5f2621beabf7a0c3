package se.jamtland.events;

/** How a contact or session took place (domain.md, "Statistics vocabulary"). */
public enum Channel { PHONE, CHAT, VISIT, VIDEO, DIGITAL }

package se.jamtland.unit.cases;

/**
 * Which insats a new case may be linked to, by case code within the same unit. By default none; Centrum mot
 * våld links Partnerkontakt (2.6) to Samtal om våld (2.4) or IVIN (2.5). The link never leaves the service.
 */
public interface CaseLinkPolicy {

    boolean mayLink(String insats, String linkedInsats);
}

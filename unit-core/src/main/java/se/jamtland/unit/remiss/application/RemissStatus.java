package se.jamtland.unit.remiss.application;

/** Where a remiss stands, as the referring kommun sees it (issue 12): received, a case opened, or declined. */
public enum RemissStatus {
    RECEIVED,
    ACCEPTED,
    DECLINED
}

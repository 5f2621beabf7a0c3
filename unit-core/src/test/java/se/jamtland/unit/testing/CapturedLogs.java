package se.jamtland.unit.testing;

/** test-infra's log capture under the name the unit tests have always used. */
public final class CapturedLogs extends se.jamtland.testinfra.CapturedLogs {
}

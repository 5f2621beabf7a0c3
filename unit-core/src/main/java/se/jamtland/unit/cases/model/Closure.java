package se.jamtland.unit.cases.model;

import se.jamtland.events.ClosureReason;

import java.time.LocalDate;

/** How and when a case ended. */
public record Closure(LocalDate date, ClosureReason reason) {
}

package se.jamtland.unit.cases.model;

import se.jamtland.events.Channel;
import se.jamtland.unit.vocabulary.SessionKind;

import java.time.LocalDate;

/** A session held on a case: when, which kind, through which channel and how many took part; never who. */
public record Session(Long id, LocalDate date, SessionKind kind, Channel channel, Integer participantCount) {
}

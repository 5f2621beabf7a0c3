package se.jamtland.unit.cases.application;

import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.unit.vocabulary.Recipient;

import java.time.Instant;

/** The record as disclosed: to whom, when, and the record itself (its guardianSecrecy mark included). */
@Serdeable
public record DisclosureView(String caseCode, Recipient recipient, Instant disclosedAt, CaseView record) {
}

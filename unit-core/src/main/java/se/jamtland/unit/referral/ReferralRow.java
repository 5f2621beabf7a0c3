package se.jamtland.unit.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A referral to a needs assessment, counted without identity: insats, date, age band and which villkor. */
@MappedEntity("referral")
public record ReferralRow(
        @Id @GeneratedValue @Nullable Long id,
        String insats,
        LocalDate referralDate,
        String ageBand,
        String unmetConditions,
        String catalogVersion,
        Instant recordedAt) {
}

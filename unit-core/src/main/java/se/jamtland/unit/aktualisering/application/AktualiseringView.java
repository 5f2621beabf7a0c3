package se.jamtland.unit.aktualisering.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.aktualisering.infrastructure.AktualiseringRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** An aktualisering as staff see it, with whether and when its kommun has fetched it. */
@Serdeable
public record AktualiseringView(String id, String insats, String kommun, String kommunName, LocalDate registeredOn,
                                List<String> unmetConditions, LocalDate consentRecordedOn, Person person,
                                @Nullable String message, boolean delivered, @Nullable Instant deliveredAt) {

    @Serdeable
    public record Person(@Nullable String identityNumber, String givenName, String familyName,
                         @Nullable String phone) {

        @Override
        public String toString() {
            return "Person[****]";
        }
    }

    static AktualiseringView of(AktualiseringRow row) {
        return new AktualiseringView(row.id(), row.insats(), row.kommun(),
                Vocabulary.KOMMUN_NAMES.getOrDefault(row.kommun(), row.kommun()), row.registeredOn(),
                conditionsOf(row), row.consentRecordedOn(), personOf(row), row.message(), row.deliveredAt() != null,
                row.deliveredAt());
    }

    static List<String> conditionsOf(AktualiseringRow row) {
        return Arrays.asList(row.unmetConditions().split(","));
    }

    static Person personOf(AktualiseringRow row) {
        return new Person(row.identityNumber(), row.givenName(), row.familyName(), row.phone());
    }

    @Override
    public String toString() {
        return "AktualiseringView[id=" + id + "]";
    }
}

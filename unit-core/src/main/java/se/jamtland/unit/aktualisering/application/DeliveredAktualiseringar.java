package se.jamtland.unit.aktualisering.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.unit.aktualisering.infrastructure.AktualiseringRow;

import java.time.LocalDate;
import java.util.List;

/** What a kommun's case system fetches: its own aktualiseringar not fetched before, each once (issue 12). */
@Serdeable
public record DeliveredAktualiseringar(
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Aktualisering> aktualiseringar) {

    @Serdeable
    public record Aktualisering(String id, String insats, LocalDate registeredOn, List<String> unmetConditions,
                                AktualiseringView.Person person, LocalDate consentRecordedOn,
                                @Nullable String message) {

        static Aktualisering of(AktualiseringRow row) {
            return new Aktualisering(row.id(), row.insats(), row.registeredOn(), AktualiseringView.conditionsOf(row),
                    AktualiseringView.personOf(row), row.consentRecordedOn(), row.message());
        }

        @Override
        public String toString() {
            return "Aktualisering[id=" + id + "]";
        }
    }
}

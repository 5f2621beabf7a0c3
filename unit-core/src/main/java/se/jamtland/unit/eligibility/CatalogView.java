package se.jamtland.unit.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogView(String version, LocalDate validFrom, List<CatalogInsats> insatser) {
}

package se.jamtland.eligibility.catalog;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record Documentation(DocumentationRegime regime, String legalReference) {
}

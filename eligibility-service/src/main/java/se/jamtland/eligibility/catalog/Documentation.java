package se.jamtland.eligibility.catalog;

import se.jamtland.events.DocumentationRegime;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record Documentation(DocumentationRegime regime, String legalReference) {
}

package se.jamtland.unit.aktualisering.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.jamtland.events.Vocabulary;

import java.util.List;

/**
 * An aktualisering: a person who did not meet a villkor asks to be referred to their kommun's needs assessment
 * (issue 12). Only the identity the kommun needs to reach the person (unit-core README: minimum identity), and
 * nothing without {@code consentGiven: true}.
 */
@Serdeable
public record RegisterAktualiseringCommand(
        @NotBlank(message = "Ange insatsens id.")
        @Pattern(regexp = Vocabulary.INSATS_ID_PATTERN, message = Vocabulary.INSATS_ID_MESSAGE) String insats,
        @NotBlank(message = "Ange personens kommun.")
        @Pattern(regexp = COUNTY_KOMMUN, message = "En av länets åtta kommunkoder.") String kommun,
        @NotEmpty(message = "Ange vilka villkor som inte är uppfyllda.") @Size(max = 8, message = "Högst 8 villkor.")
        List<@NotNull @Pattern(regexp = "[A-Z][A-Z_]{0,39}", message = "En villkorskod, t.ex. AGE.") String>
        unmetConditions,
        @Nullable Boolean consentGiven,
        @NotNull(message = "Ange personen.") @Valid Person person,
        @Nullable @Size(max = 2000, message = "Högst 2000 tecken.") String message) {

    /** The eight kommuner of Jämtlands län: an aktualisering goes to one of them, never to "other" or "unknown". */
    public static final String COUNTY_KOMMUN = "2303|2305|2309|2313|2321|2326|2361|2380";

    /** Name and a way to reach the person; the identity number when the person gives it. */
    @Serdeable
    public record Person(
            @Nullable @Size(max = 13, message = "Högst 13 tecken.") String identityNumber,
            @NotBlank(message = "Ange förnamn.") @Size(max = 100, message = "Högst 100 tecken.") String givenName,
            @NotBlank(message = "Ange efternamn.") @Size(max = 100, message = "Högst 100 tecken.") String familyName,
            @Nullable @Size(max = 40, message = "Högst 40 tecken.") String phone) {

        @Override
        public String toString() {
            return "Person[****]";
        }
    }

    @Override
    public String toString() {
        return "RegisterAktualiseringCommand[insats=" + insats + "]";
    }
}

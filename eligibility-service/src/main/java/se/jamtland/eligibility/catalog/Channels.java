package se.jamtland.eligibility.catalog;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.jamtland.events.Channel;

import java.util.List;

/**
 * The channels the Bilaga names for an insats ("per telefon, via chatt eller via fysiskt möte", 3.1). An insats
 * without this names none, and every channel of the vocabulary is accepted.
 */
@Serdeable
@Schema(description = "De kanaler Bilagan nämner för insatsen. Saknas fältet tas varje kanal emot.")
public record Channels(
        @Schema(description = "Tillåtna kanaler.") List<Channel> allowed,
        @Schema(description = "Bilagans ord.") String basis,
        @Schema(description = "Var i Bilagan, t.ex. Bilaga 1, avsnitt 2.5.") String reference) {
}

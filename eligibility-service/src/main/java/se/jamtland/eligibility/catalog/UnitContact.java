package se.jamtland.eligibility.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.jamtland.events.Channel;

import java.util.List;

/**
 * A unit's name and public contact route (issue 12, 2): where the gateway sends a person whose insats takes no
 * remiss (an ADVISORY or DEIDENTIFIED insats, given without documented identity). The Bilaga names channels for
 * some insatser and no numbers or addresses at all: a route drawn from its channels is marked as an inference,
 * and what is not settled yet reads "att fastställa".
 */
@Serdeable
@Schema(description = "En verksamhet och hur man kontaktar den direkt.")
public record UnitContact(
        @Schema(description = "Verksamhetens id.") String id,
        @Schema(description = "Verksamhetens namn.") String name,
        Route contact) {

    @Serdeable
    @Schema(name = "UnitContactRoute", description = "Kontaktvägen.")
    public record Route(
            @Schema(description = "Kanaler verksamheten erbjuder.") List<Channel> channels,
            @Schema(description = "För den som vill ta kontakt; \"att fastställa\" där nummer eller adress saknas.")
            String text,
            @Schema(description = "true när kontaktvägen är en slutsats, inte Bilagans ord.") boolean inference,
            @Schema(description = "Vad slutsatsen bygger på.") @Nullable String basis,
            @Schema(description = "Var i Bilagan.") String reference) {

        public Route {
            channels = List.copyOf(channels);
        }
    }
}

package se.jamtland.unit.eligibility;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/insatser")
@Tag(name = "Insatser")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InsatserController {

    private final Eligibility eligibility;
    private final Clock clock;

    public InsatserController(Eligibility eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Enhetens insatser ur katalogen (Bilaga 1) som gäller ett datum, standard idag")
    public List<CatalogInsats> insatser(@QueryValue @Nullable LocalDate onDate) {
        return eligibility.insatserOfThisUnit(onDate != null ? onDate : LocalDate.now(clock), "onDate");
    }
}

package se.jamtland.unit.audit;

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
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The unit manager's access-log follow-up. Read only: the log has no route that changes it. */
@Controller("/audit")
@Secured(Roles.UNIT_MANAGER)
@Tag(name = "Loggning av åtkomst")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {

    private static final int DEFAULT_SAMPLE = 10;
    private static final int MAX_SAMPLE = 100;

    private final AuditReview review;
    private final Clock clock;

    public AuditController(AuditReview review, Clock clock) {
        this.review = review;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Åtkomstloggen för en period (standard de senaste 30 dagarna), ev. för en medarbetare")
    public PageView<AuditView> list(@QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to,
                                    @QueryValue @Nullable String staff, @QueryValue @Nullable Integer page,
                                    @QueryValue @Nullable Integer size) {
        if (staff != null && (staff.isBlank() || staff.length() > AuditEntry.STAFF_ID_MAX)) {
            throw ProblemException.unprocessable("invalid-staff", "Ogiltig medarbetare",
                    "staff är en medarbetares id, högst " + AuditEntry.STAFF_ID_MAX + " tecken.", "staff");
        }
        return review.list(Period.of(from, to, clock), staff, page, size);
    }

    @Get("/sample")
    @Operation(summary = "Stickprov: slumpvis valda läsningar av journaler i perioden, för logguppföljningen")
    public List<AuditView> sample(@QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to,
                                  @QueryValue @Nullable Integer size) {
        int count = size == null ? DEFAULT_SAMPLE : size;
        if (count < 1 || count > MAX_SAMPLE) {
            throw ProblemException.unprocessable("invalid-sample-size", "Ogiltigt stickprov",
                    "size är 1–" + MAX_SAMPLE + ".", "size");
        }
        return review.sample(Period.of(from, to, clock), count);
    }

    @Get("/verification")
    @Operation(summary = "Kontrollerar loggens kedja: obruten, eller den första raden som har ändrats eller saknas")
    public ChainVerification verify() {
        return review.verify();
    }
}

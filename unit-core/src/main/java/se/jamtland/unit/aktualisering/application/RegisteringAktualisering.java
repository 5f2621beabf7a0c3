package se.jamtland.unit.aktualisering.application;

import io.micronaut.data.model.Page;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.UnitIdentity;
import se.jamtland.unit.aktualisering.infrastructure.AktualiseringRepository;
import se.jamtland.unit.aktualisering.infrastructure.AktualiseringRow;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.identity.IdentityFreeFields;
import se.jamtland.unit.identity.PersonalIdentityNumber;
import se.jamtland.unit.intake.EligibilityLookups;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.web.CommandValidator;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Paging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Staff record an aktualisering (issue 12): the step the law implies after a villkor not met (14 kap. SoL; the
 * referral itself is counted de-identified by intake). Consent first: without {@code consentGiven: true} nothing
 * is written at all. An INDIVIDUAL record: its creation and every listing is in the access log.
 */
@Singleton
public class RegisteringAktualisering {

    private final IdentityFreeFields identityFreeFields;
    private final CommandValidator validator;
    private final EligibilityLookups catalog;
    private final AktualiseringRepository aktualiseringar;
    private final AccessLog accessLog;
    private final UnitIdentity unit;
    private final Clock clock;

    public RegisteringAktualisering(IdentityFreeFields identityFreeFields, CommandValidator validator,
                                    EligibilityLookups catalog, AktualiseringRepository aktualiseringar,
                                    AccessLog accessLog, UnitIdentity unit, Clock clock) {
        this.identityFreeFields = identityFreeFields;
        this.validator = validator;
        this.catalog = catalog;
        this.aktualiseringar = aktualiseringar;
        this.accessLog = accessLog;
        this.unit = unit;
        this.clock = clock;
    }

    public Outcome<AktualiseringView> register(RegisterAktualiseringCommand command) {
        // Codes are codes: identity typed into one is answered as what it is, before the format.
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("insats", command.insats());
        codes.put("kommun", command.kommun());
        Optional<Refusal> identityInCodes = identityFreeFields.refusalOf(codes);
        if (identityInCodes.isPresent()) {
            return Outcome.refused(identityInCodes.get());
        }
        validator.requireValid(command);
        if (!Boolean.TRUE.equals(command.consentGiven())) {
            return Outcome.refused(AktualiseringRefusals.consentMissing());
        }
        LocalDate today = LocalDate.now(clock);
        String identityNumber = null;
        if (command.person().identityNumber() != null) {
            Optional<PersonalIdentityNumber> parsed = PersonalIdentityNumber.parse(command.person().identityNumber(),
                    today);
            if (parsed.isEmpty()) {
                return Outcome.refused(AktualiseringRefusals.invalidIdentityNumber());
            }
            identityNumber = parsed.get().twelveDigits();
        }
        CatalogInsats insats = catalog.insats(command.insats(), today, "insats");
        RegisterAktualiseringCommand.Person person = command.person();
        return Outcome.done(store(new AktualiseringRow(unit.newRecordId(), command.kommun(), insats.id(), today,
                String.join(",", command.unmetConditions()), today, identityNumber, person.givenName(),
                person.familyName(), person.phone(), command.message(), clock.instant(), null)));
    }

    @Transactional
    protected AktualiseringView store(AktualiseringRow row) {
        AktualiseringRow stored = aktualiseringar.save(row);
        accessLog.record(stored.id(), AuditAction.CREATE);
        return AktualiseringView.of(stored);
    }

    /** One aktualisering, with whether its kommun has fetched it; the showing is in the access log. */
    @Transactional
    public Outcome<AktualiseringView> view(String id) {
        return aktualiseringar.findById(id).map(found -> {
            accessLog.record(found.id(), AuditAction.READ);
            return Outcome.done(AktualiseringView.of(found));
        }).orElseGet(() -> Outcome.refused(AktualiseringRefusals.notFound()));
    }

    /** Newest first, with whether each has been fetched; each shown is in the access log. */
    @Transactional
    public PageView<AktualiseringView> list(@Nullable Integer page, @Nullable Integer size) {
        Page<AktualiseringRow> found = aktualiseringar.list(Paging.of(page, size));
        accessLog.recordAll(found.getContent().stream().map(AktualiseringRow::id).toList(), AuditAction.LIST);
        return PageView.of(found, AktualiseringView::of);
    }
}

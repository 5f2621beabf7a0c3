package se.jamtland.unit.audit;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.access.Roles;
import se.jamtland.access.StaffMember;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.identity.IdentityFreeFields;
import se.jamtland.unit.web.RefusalProblems;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the access log of INDIVIDUAL records: who (the token's staff id and role), when, which case, what, and
 * the purpose when the client gives one. MANDATORY: a row is written in the transaction of the access itself,
 * so an access that is rolled back leaves no row and no access happens without one.
 */
@Singleton
public class AccessLog {

    /** The request header a client may name the purpose of an access in (e.g. "uppföljning"). */
    public static final String PURPOSE_HEADER = "Access-Purpose";
    private static final int PURPOSE_MAX = 200;

    private final AuditRepository entries;
    private final AuditChainHeadRepository head;
    private final SecurityService security;
    private final IdentityFreeFields identityFreeFields;
    private final Clock clock;

    public AccessLog(AuditRepository entries, AuditChainHeadRepository head, SecurityService security,
                     IdentityFreeFields identityFreeFields, Clock clock) {
        this.entries = entries;
        this.head = head;
        this.security = security;
        this.identityFreeFields = identityFreeFields;
        this.clock = clock;
    }

    /** One row for the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String caseCode, AuditAction action) {
        recordAll(List.of(caseCode), action);
    }

    /** One row per case, in one pass over the chain head; nothing for an empty list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(Collection<String> caseCodes, AuditAction action) {
        if (caseCodes.isEmpty()) {
            return;
        }
        StaffMember who = currentStaff();
        String purpose = purpose();
        AuditChainHead last = head.lock();
        long seq = last.lastSeq();
        String previous = last.lastHash();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (String caseCode : caseCodes) {
            seq++;
            String hash = AuditChain.hash(seq, at, who.staffId(), who.role(), caseCode, action, purpose, previous);
            entries.save(new AuditEntry(seq, at, who.staffId(), who.role(), caseCode, action, purpose, previous,
                    hash));
            head.advance(seq, hash);
            previous = hash;
        }
    }

    /**
     * No INDIVIDUAL record is touched without someone to log it for: no token, no access. A kommun's case system
     * is logged by its client id with role CASE_SYSTEM when it writes a remiss or fetches aktualiseringar (issue
     * 12); the security rules let it reach nothing else.
     */
    private StaffMember currentStaff() {
        StaffMember who = security.getAuthentication()
                .map(authentication -> StaffMember.from(authentication, Roles.STAFF, Roles.UNIT_MANAGER,
                        Roles.CASE_SYSTEM))
                .orElseThrow(() -> new AuthorizationException(null));
        if (who.role() == null || who.staffId() == null || who.staffId().isBlank()
                || who.staffId().length() > AuditEntry.STAFF_ID_MAX) {
            throw new AuthorizationException(null);
        }
        return who;
    }

    private String purpose() {
        String purpose = ServerRequestContext.currentRequest()
                .flatMap(request -> request.getHeaders().findFirst(PURPOSE_HEADER))
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .orElse(null);
        if (purpose == null) {
            return null;
        }
        if (purpose.length() > PURPOSE_MAX) {
            throw ProblemException.badRequest("purpose-too-long", "För långt ändamål",
                    "Ändamålet (" + PURPOSE_HEADER + ") får vara högst " + PURPOSE_MAX + " tecken.",
                    List.of(Problem.FieldProblem.field(PURPOSE_HEADER,
                            "Högst " + PURPOSE_MAX + " tecken.")));
        }
        // The log is read in follow-ups by people who need no identity: the purpose must not carry one.
        identityFreeFields.refusalOf(Map.of(PURPOSE_HEADER, purpose)).ifPresent(refusal -> {
            throw RefusalProblems.problem(refusal);
        });
        return purpose;
    }
}

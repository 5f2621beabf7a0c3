package se.jamtland.unit.remiss.application;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.access.CaseSystemCaller;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.UnitIdentity;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.cases.application.OpenCaseCommand.GuardianDetails;
import se.jamtland.unit.cases.application.OpenCaseCommand.PersonDetails;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.identity.IdentityFreeFields;
import se.jamtland.unit.identity.PersonalIdentityNumber;
import se.jamtland.unit.intake.EligibilityLookups;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.remiss.infrastructure.RemissGuardianRepository;
import se.jamtland.unit.remiss.infrastructure.RemissGuardianRow;
import se.jamtland.unit.remiss.infrastructure.RemissRepository;
import se.jamtland.unit.remiss.infrastructure.RemissRow;
import se.jamtland.unit.web.CommandValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kommun's remiss into the inbox (issue 12). Only an INDIVIDUAL insats (14 kap. 3 § SoL) takes one, since only
 * there may the unit hold the person's identity, and only with the person's consent to the referral. Idempotent
 * per kommun and {@code Idempotency-Key}: the same body again gets the first answer and stores nothing; another
 * body under the key is a conflict. The answer is made from the remiss's first state (RECEIVED on the day it came),
 * so a retry after staff decided it still reads as the first answer did.
 */
@Singleton
public class ReceivingRemiss {

    /** RFC 9110 token characters a case system can put in a header safely; as the gateway's contract says. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._~-]{1,64}");

    private final IdentityFreeFields identityFreeFields;
    private final CommandValidator validator;
    private final EligibilityLookups catalog;
    private final RemissRepository remisser;
    private final RemissGuardianRepository guardians;
    private final AccessLog accessLog;
    private final UnitIdentity unit;
    private final JsonMapper json;
    private final Clock clock;

    public ReceivingRemiss(IdentityFreeFields identityFreeFields, CommandValidator validator,
                           EligibilityLookups catalog, RemissRepository remisser, RemissGuardianRepository guardians,
                           AccessLog accessLog, UnitIdentity unit, JsonMapper json, Clock clock) {
        this.identityFreeFields = identityFreeFields;
        this.validator = validator;
        this.catalog = catalog;
        this.remisser = remisser;
        this.guardians = guardians;
        this.accessLog = accessLog;
        this.unit = unit;
        this.json = json;
        this.clock = clock;
    }

    /** The answer, and whether it is the first answer again (a retry). */
    public record Received(RemissReceipt receipt, boolean replayed) {
    }

    public Outcome<Received> receive(CaseSystemCaller caller, String idempotencyKey, ReceiveRemissCommand command) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            return Outcome.refused(RemissRefusals.keyMissing());
        }
        // The insats is a code: identity typed into it is answered as what it is. The person, guardians, referrer
        // and message are an INDIVIDUAL record's, where identity belongs.
        Optional<Refusal> identityInCode = identityFreeFields.refusalOf(Map.of("insats",
                command.insats() == null ? "" : command.insats()));
        if (identityInCode.isPresent()) {
            return Outcome.refused(identityInCode.get());
        }
        validator.requireValid(command);
        if (!Boolean.TRUE.equals(command.consentToReferral())) {
            return Outcome.refused(RemissRefusals.consentMissing());
        }
        String digest = digestOf(command);
        Optional<RemissRow> earlier = remisser.findByKommunAndIdempotencyKey(caller.kommun(), idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), digest);
        }
        LocalDate today = LocalDate.now(clock);
        CatalogInsats insats = catalog.insats(command.insats(), today, "insats");
        if (insats.regime() != DocumentationRegime.INDIVIDUAL) {
            return Outcome.refused(RemissRefusals.needsIndividualInsats());
        }
        Optional<PersonalIdentityNumber> identityNumber =
                PersonalIdentityNumber.parse(command.person().identityNumber(), today);
        if (identityNumber.isEmpty()) {
            return Outcome.refused(RemissRefusals.invalidIdentityNumber("person/identityNumber"));
        }
        List<String> guardianNumbers = new ArrayList<>();
        List<GuardianDetails> named = command.guardians() == null ? List.of() : command.guardians();
        for (int i = 0; i < named.size(); i++) {
            String given = named.get(i).identityNumber();
            Optional<PersonalIdentityNumber> parsed = given == null ? Optional.empty()
                    : PersonalIdentityNumber.parse(given, today);
            if (given != null && parsed.isEmpty()) {
                return Outcome.refused(RemissRefusals.invalidIdentityNumber("guardians/" + i + "/identityNumber"));
            }
            guardianNumbers.add(parsed.map(PersonalIdentityNumber::twelveDigits).orElse(null));
        }
        RemissRow row = rowOf(caller, idempotencyKey, digest, insats.id(), identityNumber.get(), command, today);
        try {
            return Outcome.done(new Received(store(row, named, guardianNumbers), false));
        } catch (DataAccessException failed) {
            // A retry that raced the first request under the same key: the first one's row decides the answer.
            Optional<RemissRow> first = remisser.findByKommunAndIdempotencyKey(caller.kommun(), idempotencyKey);
            if (first.isPresent()) {
                return replay(first.get(), digest);
            }
            throw failed;
        }
    }

    @Transactional
    protected RemissReceipt store(RemissRow row, List<GuardianDetails> named, List<String> guardianNumbers) {
        RemissRow stored = remisser.save(row);
        for (int i = 0; i < named.size(); i++) {
            GuardianDetails guardian = named.get(i);
            guardians.save(new RemissGuardianRow(null, stored.id(), guardian.name(), guardianNumbers.get(i),
                    guardian.phone()));
        }
        // The case system wrote an INDIVIDUAL record: logged by its client id, role CASE_SYSTEM.
        accessLog.record(stored.id(), AuditAction.CREATE);
        return firstAnswerOf(stored);
    }

    private static Outcome<Received> replay(RemissRow earlier, String digest) {
        if (!MessageDigest.isEqual(earlier.requestDigest().getBytes(), digest.getBytes())) {
            return Outcome.refused(RemissRefusals.keyReusedForAnotherRemiss());
        }
        return Outcome.done(new Received(firstAnswerOf(earlier), true));
    }

    private static RemissReceipt firstAnswerOf(RemissRow row) {
        return new RemissReceipt(row.id(), row.insats(), RemissStatus.RECEIVED, row.receivedOn(), null, null);
    }

    private RemissRow rowOf(CaseSystemCaller caller, String key, String digest, String insats,
                            PersonalIdentityNumber identityNumber, ReceiveRemissCommand command, LocalDate today) {
        PersonDetails person = command.person();
        return new RemissRow(unit.newRecordId(), caller.kommun(), key, digest, insats, RemissStatus.RECEIVED.name(),
                today, null, null, null, identityNumber.twelveDigits(), person.givenName(), person.familyName(),
                person.phone(), person.email(), person.address(), command.guardianConsentGiven(),
                command.referrer().name(), command.referrer().phone(), command.message(), clock.instant());
    }

    /** SHA-256 over the body as bound (field order fixed by the record), so spacing and key order do not count. */
    private String digestOf(ReceiveRemissCommand command) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsBytes(command)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

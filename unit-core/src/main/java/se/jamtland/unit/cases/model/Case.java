package se.jamtland.unit.cases.model;

import se.jamtland.events.Channel;
import se.jamtland.events.ClosureReason;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.policy.ChannelsOffered;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.vocabulary.GuardianConsentStatus;
import se.jamtland.unit.vocabulary.Recipient;
import se.jamtland.unit.vocabulary.SessionKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A case under 14 kap. 5 § (DEIDENTIFIED) or 3 § (INDIVIDUAL) SoL: what the insats is, how it is documented, its
 * plan, and whether it is still open. It holds nothing that identifies the person; an INDIVIDUAL case's identity
 * lives beside it. What the catalog said at intake (regime, plan, channels) is copied into it, so the daily work
 * goes on while eligibility-service is down, and a later catalog changes only the cases opened under it.
 *
 * @param code null until the case is stored
 * @param channels the channels its sessions may take; empty when the catalog names none (any channel)
 * @param linkedCaseCode the case of this unit it belongs with (2.6 Partnerkontakt), or null
 * @param closure null while the case is open
 */
public record Case(
        String code,
        String insats,
        DocumentationRegime regime,
        LocalDate startDate,
        DeidentifiedProfile profile,
        GuardianConsentStatus guardianConsent,
        boolean guardianSecrecy,
        String catalogVersion,
        SessionPlan plan,
        Set<Channel> channels,
        String linkedCaseCode,
        Closure closure,
        Instant createdAt) {

    public Case {
        channels = Set.copyOf(channels);
    }

    /** The answer for a code that names no case here: no hint whether it exists elsewhere. */
    public static Refusal notFound() {
        return Refusal.notFound("case-not-found", "Ärendet finns inte",
                "Det finns inget ärende med det numret hos enheten.");
    }

    public boolean isOpen() {
        return closure == null;
    }

    /** Only an INDIVIDUAL record holds identity, so only its every access is logged (14 kap. 3 § SoL). */
    public boolean isAccessLogged() {
        return regime == DocumentationRegime.INDIVIDUAL;
    }

    /** An INDIVIDUAL record keeps a journal; a DEIDENTIFIED case only short working notes without identity. */
    public boolean keepsJournal() {
        return regime == DocumentationRegime.INDIVIDUAL;
    }

    public Case storedAs(String caseCode) {
        return new Case(caseCode, insats, regime, startDate, profile, guardianConsent, guardianSecrecy,
                catalogVersion, plan, channels, linkedCaseCode, closure, createdAt);
    }

    /** A closed case is history: it takes no more sessions, notes or closure. */
    public Optional<Refusal> refusesChange() {
        if (isOpen()) {
            return Optional.empty();
        }
        return Optional.of(Refusal.conflict("case-closed", "Ärendet är avslutat",
                "Ärendet avslutades " + closure.date() + " och kan inte ändras."));
    }

    /** What happens on a case happens between its start and today. */
    public Optional<Refusal> refusesDate(LocalDate date, LocalDate today, String field) {
        if (!date.isBefore(startDate) && !date.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.ruleNotMet("date-outside-case", "Datum utanför ärendet",
                "Datumet ska vara från ärendets start (" + startDate + ") till idag.", field));
    }

    /** A session through a channel the insats is given through, within the plan's upper limit. */
    public Optional<Refusal> refusesSession(SessionKind kind, Channel channel, long sessionsHeld) {
        if (channel != null) {
            Optional<Refusal> wrongChannel = ChannelsOffered.refusal(channels, channel, "channel");
            if (wrongChannel.isPresent()) {
                return wrongChannel;
            }
        }
        return plan.refusesAnother(kind, sessionsHeld);
    }

    public Case closedOn(LocalDate date, ClosureReason reason) {
        return new Case(code, insats, regime, startDate, profile, guardianConsent, guardianSecrecy, catalogVersion,
                plan, channels, linkedCaseCode, new Closure(date, reason), createdAt);
    }

    /** A working note is for a DEIDENTIFIED case; an INDIVIDUAL record's notes go in its journal. */
    public Optional<Refusal> refusesWorkingNote() {
        if (regime == DocumentationRegime.DEIDENTIFIED) {
            return Optional.empty();
        }
        return Optional.of(Refusal.ruleNotMet("notes-are-journal", "Använd journalen",
                "Ärendet dokumenteras på individnivå; skriv i journalen (POST /cases/{caseCode}/journal).", "text"));
    }

    /** A journal is kept for an INDIVIDUAL record only (14 kap. 3 § SoL). */
    public Optional<Refusal> refusesJournalNote() {
        if (keepsJournal()) {
            return Optional.empty();
        }
        return Optional.of(Refusal.ruleNotMet("no-journal-for-regime", "Ärendet har ingen journal",
                "Insatsen dokumenteras utan uppgifter som kan röja identitet (14 kap. 5 § SoL) och har ingen "
                        + "journal. Korta arbetsanteckningar utan identitet: POST /cases/{caseCode}/notes.", "text"));
    }

    /**
     * A case under guardian secrecy is never disclosed to a guardian: a 15-17-year-old may come without the
     * guardians knowing (Bilaga 1, avsnitt 1), and then 12 kap. 3 § offentlighets- och sekretesslagen (2009:400)
     * keeps it from them.
     */
    public Optional<Refusal> refusesDisclosureTo(Recipient recipient) {
        if (!guardianSecrecy || recipient != Recipient.GUARDIAN) {
            return Optional.empty();
        }
        return Optional.of(Refusal.notAllowed("guardian-secrecy", "Sekretess mot vårdnadshavare",
                "Personen har som ung sökt insatsen utan vårdnadshavarnas vetskap (Bilaga 1 avsnitt 1). "
                        + "Uppgifter i ärendet lämnas inte ut till vårdnadshavare (12 kap. 3 § OSL). "
                        + "Inget har lämnats ut."));
    }

    public Progress progress(List<Session> held) {
        return Progress.of(plan, held);
    }
}

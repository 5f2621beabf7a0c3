package se.jamtland.unit.minimaria;

import java.util.List;
import java.util.Map;

/**
 * The requests the Mini-Maria scenarios send, built with named methods instead of inline JSON: one of each insats
 * with the fewest fields it needs, and what a test changes added by name ({@code aCraCase().age(14)
 * .person(anAstrid(identityNumber)).guardianConsentGiven()}). The made-up person is Astrid Kanariefågel, whose
 * family name the tests look for in answers and logs.
 */
final class MiniMariaRequests {

    static final String GIVEN_NAME = "Astrid";
    static final String FAMILY_NAME = "Kanariefågel";

    private MiniMariaRequests() {
    }

    /** Rådgivande samtal (14 kap. 4 § SoL): no case, only dates, numbers and codes. */
    static AdvisoryContact anAdvisoryContact() {
        return new AdvisoryContact().with("insats", "minimaria-radgivande-samtal");
    }

    /** Återfallsprevention: a de-identified case (14 kap. 5 § SoL). */
    static CaseRequest anAterfallspreventionCase() {
        return aCaseOf("minimaria-aterfallsprevention");
    }

    /** A-CRA: an individual case (14 kap. 3 § SoL), with the person's identity. */
    static CaseRequest aCraCase() {
        return aCaseOf("minimaria-a-cra");
    }

    /** Funktionell familjeterapi: an individual case too. */
    static CaseRequest anFftCase() {
        return aCaseOf("minimaria-fft");
    }

    static CaseRequest aCaseOf(String insats) {
        return new CaseRequest().with("insats", insats);
    }

    /** The made-up person of an individual case, with the identity number a test needs. */
    static Person anAstrid(String identityNumber) {
        return new Person().with("identityNumber", identityNumber).with("givenName", GIVEN_NAME)
                .with("familyName", FAMILY_NAME);
    }

    /**
     * A kommun's remiss of the person to A-CRA (issue 12), with the consent to the referral and the referrer the
     * contract requires.
     */
    static Remiss anACraRemiss(Person person) {
        return aRemissTo("minimaria-a-cra", person);
    }

    static Remiss aRemissTo(String insats, Person person) {
        return new Remiss().with("insats", insats).with("person", person).with("consentToReferral", true)
                .with("referrer", Map.of("name", "Socialsekreterare Berg", "phone", "063-14 30 00"));
    }

    /** The person's consent to an aktualisering to their kommun, with the minimum identity (issue 12). */
    static Aktualisering anAktualiseringTo(String kommun, Person person) {
        return new Aktualisering().with("insats", "minimaria-a-cra").with("kommun", kommun)
                .with("unmetConditions", List.of("MIN_AGE")).with("person", person);
    }

    static String note(String text) {
        return new Text().with("text", text).toString();
    }

    static Session aSession(String date) {
        return new Session().with("date", date);
    }

    static String closure(String date, String reason) {
        return new Text().with("date", date).with("reason", reason).toString();
    }

    /** What an advisory contact and a case both say about the person: age, gender, kommun, guardians' consent. */
    abstract static class AboutAPerson<B extends AboutAPerson<B>> extends JsonBody<B> {

        B age(int age) {
            return with("age", age);
        }

        B gender(String gender) {
            return with("gender", gender);
        }

        B kommun(String kommun) {
            return with("kommun", kommun);
        }

        B guardianConsentGiven() {
            return with("guardianConsentGiven", true);
        }
    }

    static final class AdvisoryContact extends AboutAPerson<AdvisoryContact> {

        AdvisoryContact date(String date) {
            return with("date", date);
        }

        AdvisoryContact channel(String channel) {
            return with("channel", channel);
        }

        AdvisoryContact askedBy(String askedBy) {
            return with("askedBy", askedBy);
        }

        AdvisoryContact ageBand(String ageBand) {
            return with("ageBand", ageBand);
        }

        AdvisoryContact topicCodes(String... codes) {
            return with("topicCodes", List.of(codes));
        }

        AdvisoryContact durationMinutes(int minutes) {
            return with("durationMinutes", minutes);
        }

        AdvisoryContact visitorCode(String code) {
            return with("visitorCode", code);
        }
    }

    static final class CaseRequest extends AboutAPerson<CaseRequest> {

        CaseRequest startDate(String date) {
            return with("startDate", date);
        }

        CaseRequest person(Person person) {
            return with("person", person);
        }

        CaseRequest guardians(String... names) {
            return with("guardians", List.of(names).stream().map(name -> Map.of("name", name)).toList());
        }
    }

    static final class Person extends JsonBody<Person> {

        Person phone(String phone) {
            return with("phone", phone);
        }
    }

    static final class Session extends JsonBody<Session> {

        Session participantCount(int count) {
            return with("participantCount", count);
        }

        Session booster() {
            return with("kind", "BOOSTER");
        }
    }

    static final class Remiss extends JsonBody<Remiss> {

        Remiss guardians(String... names) {
            return with("guardians", List.of(names).stream().map(name -> Map.of("name", name)).toList());
        }

        Remiss message(String message) {
            return with("message", message);
        }
    }

    static final class Aktualisering extends JsonBody<Aktualisering> {

        Aktualisering consentGiven() {
            return with("consentGiven", true);
        }
    }

    /** A body of one or two plain fields: a note's text, a closure's date and reason. */
    static final class Text extends JsonBody<Text> {
    }
}

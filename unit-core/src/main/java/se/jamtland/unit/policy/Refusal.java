package se.jamtland.unit.policy;

import se.jamtland.unit.identity.TextRange;

import java.util.Arrays;
import java.util.List;

/**
 * Why the unit will not do what was asked, in Swedish staff can act on, naming the fields of the request it is
 * about. It says nothing of HTTP: the web layer turns its {@link Kind} into a status (web.RefusalProblems). It
 * never quotes a value the caller sent.
 *
 * @param type a short slug naming the refusal (the problem type's last part), stable for clients to switch on
 */
public record Refusal(Kind kind, String type, String title, String detail, List<FieldNote> fields) {

    public enum Kind {
        /** The request itself is incomplete or malformed. */
        INVALID_INPUT,
        /** A rule of the Bilaga or the law does not allow it. */
        RULE_NOT_MET,
        /** It clashes with the state of what it is about (a closed case, a case already open). */
        CONFLICT,
        /** What it is about does not exist at this unit. */
        NOT_FOUND,
        /** Nobody may do this with this object (guardian secrecy). */
        NOT_ALLOWED
    }

    /**
     * What is wrong with one field, by its name in the request ({@code person/identityNumber} for nested ones).
     * Where the field is a text with identity in it, {@code kind} names what was found and {@code ranges} where,
     * so a form can mark the words without the answer repeating them; otherwise both are null.
     */
    public record FieldNote(String field, String note, String kind, List<TextRange> ranges) {

        public FieldNote(String field, String note) {
            this(field, note, null, null);
        }
    }

    public Refusal {
        fields = List.copyOf(fields);
    }

    /** A rule not met; each named field gets the detail as its note. */
    public static Refusal ruleNotMet(String type, String title, String detail, String... fields) {
        return new Refusal(Kind.RULE_NOT_MET, type, title, detail,
                Arrays.stream(fields).map(field -> new FieldNote(field, detail)).toList());
    }

    public static Refusal ruleNotMet(String type, String title, String detail, List<FieldNote> fields) {
        return new Refusal(Kind.RULE_NOT_MET, type, title, detail, fields);
    }

    public static Refusal invalidInput(String type, String title, String detail, List<FieldNote> fields) {
        return new Refusal(Kind.INVALID_INPUT, type, title, detail, fields);
    }

    public static Refusal conflict(String type, String title, String detail) {
        return new Refusal(Kind.CONFLICT, type, title, detail, List.of());
    }

    public static Refusal notFound(String type, String title, String detail) {
        return new Refusal(Kind.NOT_FOUND, type, title, detail, List.of());
    }

    public static Refusal notAllowed(String type, String title, String detail) {
        return new Refusal(Kind.NOT_ALLOWED, type, title, detail, List.of());
    }
}

package se.jamtland.unit.ui;

import se.jamtland.events.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The de-identified profile's choices as staff read them in a form (gender as the person states it, the person's
 * kommun), in Swedish: the values are the vocabulary's (activity-events' {@code Vocabulary}), the labels are what a
 * form shows. Legal gender is not here: it is only a villkor's input, asked where a villkor needs it.
 */
public final class ProfileChoices {

    /** One option of a select or a radio group: the value sent, the Swedish label shown. */
    public record Choice(String value, String label) {
    }

    public static final List<Choice> GENDERS = List.of(new Choice("female", "Kvinna"), new Choice("male", "Man"),
            new Choice("other", "Annat"), new Choice("unknown", "Vill inte uppge eller vet inte"));

    /** The county's eight kommuner by name (alphabetical, as a person looks for theirs), then outside and unknown. */
    public static final List<Choice> KOMMUNER = kommunChoices();

    public static final List<Choice> LEGAL_GENDERS = List.of(new Choice("FEMALE", "Kvinna"),
            new Choice("MALE", "Man"));

    /** The vocabulary's age bands, in its order: "15–17 år", "65 år eller äldre", "Vet inte". */
    public static final List<Choice> AGE_BANDS = Vocabulary.AGE_BANDS.stream()
            .map(band -> new Choice(band, band.equals("unknown") ? "Vet inte"
                    : band.replace("-", "–").replace("+", " år eller äldre") + (band.endsWith("+") ? "" : " år")))
            .toList();

    private ProfileChoices() {
    }

    public static List<Choice> genders() {
        return GENDERS;
    }

    public static List<Choice> kommuner() {
        return KOMMUNER;
    }

    public static List<Choice> ageBands() {
        return AGE_BANDS;
    }

    private static List<Choice> kommunChoices() {
        List<Choice> choices = new ArrayList<>(Vocabulary.KOMMUN_NAMES.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(kommun -> new Choice(kommun.getKey(), kommun.getValue())).toList());
        choices.add(new Choice("other", "Utanför länet"));
        choices.add(new Choice("unknown", "Vet inte"));
        return List.copyOf(choices);
    }
}

package se.jamtland.unit.ui;

import se.jamtland.events.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The de-identified profile's categories as a form offers them (issue 13): the vocabulary's codes with the words a
 * Swedish user reads. The codes come from {@link Vocabulary}, so a form can offer nothing the API would refuse.
 */
public final class ProfileChoices {

    /** One option of a select or radio group: the code sent, the Swedish label shown. */
    public record Choice(String value, String label) {
    }

    private static final Map<String, String> GENDER_LABELS = Map.of(
            "female", "Kvinna", "male", "Man", "other", "Annat", "unknown", "Vet inte eller vill inte uppge");

    private ProfileChoices() {
    }

    public static List<Choice> genders() {
        return List.of("female", "male", "other", "unknown").stream()
                .filter(Vocabulary.GENDERS::contains)
                .map(code -> new Choice(code, GENDER_LABELS.get(code))).toList();
    }

    /** The länets kommuner by name, then another kommun, then not known. */
    public static List<Choice> kommuner() {
        List<Choice> choices = new ArrayList<>(Vocabulary.KOMMUN_NAMES.entrySet().stream()
                .map(kommun -> new Choice(kommun.getKey(), kommun.getValue()))
                .sorted(Comparator.comparing(Choice::label)).toList());
        choices.add(new Choice("other", "Annan kommun"));
        choices.add(new Choice("unknown", "Vet inte"));
        return choices;
    }

    public static List<Choice> ageBands() {
        return Vocabulary.AGE_BANDS.stream()
                .map(band -> new Choice(band, band.equals("unknown") ? "Vet inte"
                        : band.replace("-", "–").replace("+", " år eller äldre")
                        + (band.endsWith("+") ? "" : " år")))
                .toList();
    }
}

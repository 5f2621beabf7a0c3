package se.jamtland.statistics.disclosure;

import java.util.ArrayList;
import java.util.List;

/** What the disclosure tests share: the dimensions they use, the threshold, and how keys are compared. */
public final class DisclosureFixture {

    public static final List<String> KOMMUN = List.of("kommun");
    public static final List<String> KOMMUN_GENDER = List.of("kommun", "gender");

    /**
     * domain.md, "Statistics vocabulary": a count between 1 and 4 is published as {@code <5}. The service reads the
     * county's threshold from statistics-parameters.yaml (PublicationParametersTest checks that it says 5).
     */
    public static final int THRESHOLD = 5;

    private DisclosureFixture() {
    }

    public static SmallCellSuppression suppression() {
        return new SmallCellSuppression(THRESHOLD);
    }

    /** The key without its value of {@code summedOver}: the line total the cell belongs to over that dimension. */
    public static List<String> groupKey(List<String> dimensions, String summedOver, List<String> key) {
        List<String> groupKey = new ArrayList<>(key);
        groupKey.remove(dimensions.indexOf(summedOver));
        return groupKey;
    }

    public static int byKey(List<String> left, List<String> right) {
        return String.join("\u0000", left).compareTo(String.join("\u0000", right));
    }

    public static List<String> displays(PublishedTable published) {
        return published.cells().stream().map(cell -> cell.value().display()).toList();
    }
}

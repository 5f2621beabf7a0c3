package se.jamtland.statistics.disclosure;

/**
 * Primary suppression: every count, cell or total, from 1 to {@code threshold - 1} is hidden, since a small count
 * can single a person out (domain.md, "Statistics vocabulary": small cells). Zero is shown; a hidden value is
 * therefore known to be at least 1, which {@link LineRule} takes into account.
 */
final class SmallCountRule implements SuppressionRule {

    private final int threshold;

    SmallCountRule(int threshold) {
        this.threshold = threshold;
    }

    boolean small(long count) {
        return count >= 1 && count < threshold;
    }

    @Override
    public boolean hideMore(Worksheet sheet) {
        boolean hid = false;
        for (int entry = 0; entry < sheet.size(); entry++) {
            if (small(sheet.value(entry))) {
                sheet.hide(entry);
                hid = true;
            }
        }
        return hid;
    }
}

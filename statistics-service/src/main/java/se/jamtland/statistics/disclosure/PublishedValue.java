package se.jamtland.statistics.disclosure;

import java.util.OptionalLong;

/**
 * A number as it may be published: either the count itself, or suppressed. A suppressed value carries only the
 * threshold it is displayed with, never the count it hides, so nothing reachable from a published table (fields,
 * {@code toString}, serialisation) can leak it.
 */
public sealed interface PublishedValue permits PublishedValue.Shown, PublishedValue.Suppressed {

    /** What a reader sees: the count, {@code "<5"} for a small count, {@code ".."} for a secondarily hidden one. */
    String display();

    boolean suppressed();

    /** The count, or empty when it is suppressed. */
    OptionalLong number();

    record Shown(long count) implements PublishedValue {

        public Shown {
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + count);
            }
        }

        @Override
        public String display() {
            return Long.toString(count);
        }

        @Override
        public boolean suppressed() {
            return false;
        }

        @Override
        public OptionalLong number() {
            return OptionalLong.of(count);
        }

        @Override
        public String toString() {
            return display();
        }
    }

    /**
     * @param threshold the publication threshold
     * @param small     whether the hidden count itself is below the threshold ("<5"); a count hidden only so that
     *                  no small one can be worked out (secondary suppression) shows as "..", since "<5" would be
     *                  false for it
     */
    record Suppressed(int threshold, boolean small) implements PublishedValue {

        public static final String SECONDARY = "..";

        @Override
        public String display() {
            return small ? "<" + threshold : SECONDARY;
        }

        @Override
        public boolean suppressed() {
            return true;
        }

        @Override
        public OptionalLong number() {
            return OptionalLong.empty();
        }

        @Override
        public String toString() {
            return display();
        }
    }
}

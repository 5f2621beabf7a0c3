package se.jamtland.statistics.disclosure;

import java.util.OptionalLong;

/**
 * A number as it may be published: either the count itself, or suppressed. A suppressed value carries only the
 * threshold it is displayed with, never the count it hides, so nothing reachable from a published table (fields,
 * {@code toString}, serialisation) can leak it.
 */
public sealed interface PublishedValue permits PublishedValue.Shown, PublishedValue.Suppressed {

    /** What a reader sees: the count, or {@code "<5"} for the default threshold. */
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

    record Suppressed(int threshold) implements PublishedValue {

        @Override
        public String display() {
            return "<" + threshold;
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

package se.jamtland.statistics.disclosure;

import java.util.OptionalLong;

/**
 * A number as it is published after the Cell Key Method: the perturbed count, or, when the perturbed count is from 1
 * to {@code threshold - 1}, only that it is below the threshold ({@code "<5"}, domain.md "Statistics vocabulary").
 * Neither carries the true count nor a cell key, so nothing reachable from a published table (fields,
 * {@code toString}, serialisation) can leak them.
 */
public sealed interface PublishedValue permits PublishedValue.Shown, PublishedValue.BelowThreshold {

    /** What a reader sees: the perturbed count, or {@code "<5"}. */
    String display();

    /** Whether only "below the threshold" is shown. */
    boolean belowThreshold();

    /** The perturbed count, or empty when it is below the threshold. */
    OptionalLong number();

    /** @param count the perturbed count: zero or at least the threshold */
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
        public boolean belowThreshold() {
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

    /** @param threshold the publication threshold, the only number it carries */
    record BelowThreshold(int threshold) implements PublishedValue {

        @Override
        public String display() {
            return "<" + threshold;
        }

        @Override
        public boolean belowThreshold() {
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

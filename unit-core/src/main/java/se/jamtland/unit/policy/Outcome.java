package se.jamtland.unit.policy;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** What a use case did: done, with its result, or refused, with the reason. A refusal is an answer, not a failure. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** Refused with the first refusal present, else done with what {@code then} gives. */
    static <T> Outcome<T> unless(Optional<Refusal> refusal, Supplier<Outcome<T>> then) {
        return refusal.<Outcome<T>>map(Outcome::refused).orElseGet(then);
    }

    default <R> Outcome<R> map(Function<T, R> next) {
        if (this instanceof Done<T> done) {
            return new Done<>(next.apply(done.value()));
        }
        return new Refused<>(((Refused<T>) this).refusal());
    }
}

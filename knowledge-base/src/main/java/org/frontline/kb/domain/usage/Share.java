package org.frontline.kb.domain.usage;

import java.util.Optional;

/**
 * A part of a whole, kept as both counts so every percentage in a report can be checked: {@code 7 of 9}.
 *
 * @param count how many had the property
 * @param outOf how many could have had it
 */
public record Share(long count, long outOf) {
    public static final Share NONE = new Share(0, 0);

    public Share {
        if (count < 0 || outOf < count) {
            throw new IllegalArgumentException("need 0 <= count <= outOf, got " + count + " of " + outOf);
        }
    }

    /** The fraction from 0 to 1; empty when there was nothing to count. */
    public Optional<Double> value() {
        return outOf == 0 ? Optional.empty() : Optional.of((double) count / outOf);
    }

    /** The share counting only the answers given ({@code true} counts, {@code false} does not, empty is left out). */
    public static Share of(Iterable<Optional<Boolean>> answers) {
        long yes = 0;
        long known = 0;
        for (Optional<Boolean> answer : answers) {
            if (answer.isPresent()) {
                known++;
                yes += answer.get() ? 1 : 0;
            }
        }
        return new Share(yes, known);
    }
}

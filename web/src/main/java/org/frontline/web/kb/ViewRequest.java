package org.frontline.web.kb;

import jakarta.validation.constraints.Positive;
import java.util.Optional;

/** A reading of an article; {@code searchId} (from a search answer) when the reader came from that search. */
public record ViewRequest(@Positive Long searchId) {
    static final ViewRequest DIRECT = new ViewRequest(null);

    Optional<Long> search() {
        return Optional.ofNullable(searchId);
    }
}

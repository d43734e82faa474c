package org.frontline.web.kb;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;

/** The body of publish and archive: optionally the version the author last saw. */
public record ArticleActionRequest(@PositiveOrZero Long version) {
    static final ArticleActionRequest EMPTY = new ArticleActionRequest(null);

    Optional<Long> expectedVersion() {
        return Optional.ofNullable(version);
    }
}

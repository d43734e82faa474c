package org.frontline.qualityaudit.review;

import java.util.Optional;

/** Told of every review submitted, or revised (with the revision it supersedes), in the same transaction. */
@FunctionalInterface
public interface ReviewObserver {

    void submitted(Review review, Optional<Review> superseded);
}

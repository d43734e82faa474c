package org.frontline.qualityaudit.review;

import java.util.List;
import java.util.Optional;

/** Where reviews are kept. */
public interface ReviewRepository {

    Optional<Review> find(long id);

    /** Stores a new review and gives it its id at once. */
    Review add(Review review);

    /**
     * The current (not superseded) reviews of a contact or case in a calibration session or in production, oldest
     * first.
     */
    List<Review> currentOf(ReviewTarget target, Optional<Long> calibrationId);

    /**
     * Every revision of a review's line, first first: a reviewer has one line per contact (and calibration session) (a new review is refused
     * while one is current, and a revision supersedes rather than ends it).
     */
    List<Review> line(Review review);

    /** Writes pending changes now, so the version a caller is answered with is the stored one. */
    void flush();
}

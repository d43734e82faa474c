package org.frontline.qualityaudit.calibration;

import java.util.List;
import java.util.Optional;
import org.frontline.qualityaudit.review.Review;

/** Where calibration sessions are kept, and how their scores are read. */
public interface CalibrationRepository {

    Optional<CalibrationSession> find(long id);

    Optional<CalibrationSession> byName(String name);

    /** Sessions on any version of the named scorecard (every session when none is named), oldest first. */
    List<CalibrationSession> list(Optional<String> scorecardName);

    /** Stores a new session and gives it its id at once. */
    CalibrationSession add(CalibrationSession session);

    /** The session's current submitted reviews. */
    List<Review> submitted(long sessionId);

    /** Writes pending changes now, so the version a caller is answered with is the stored one. */
    void flush();
}

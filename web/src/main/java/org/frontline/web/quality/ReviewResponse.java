package org.frontline.web.quality;

import java.time.Instant;
import java.util.List;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.scorecard.StoredScorecard;

/**
 * A review: whose, of what (a contact or a case), against which scorecard version, where it stands, its answers and score, and the
 * calibration session it belongs to (none for a production review).
 */
public record ReviewResponse(
        long id,
        long version,
        Long contactId,
        Long caseId,
        long reviewerId,
        String scorecardName,
        int scorecardVersion,
        String state,
        int revision,
        Long supersedes,
        Long supersededBy,
        String revisionReason,
        List<RatingPayload> answers,
        Double total,
        boolean passed,
        boolean autoFailed,
        Instant createdAt,
        Instant submittedAt,
        Long calibrationId) {

    static ReviewResponse from(Review r, StoredScorecard scorecard) {
        return new ReviewResponse(
                r.id(),
                r.version(),
                r.contactId().orElse(null),
                r.caseId().orElse(null),
                r.reviewerId(),
                scorecard.name(),
                scorecard.versionNumber(),
                r.state().name(),
                r.revision(),
                r.supersedes().orElse(null),
                r.supersededBy().orElse(null),
                r.revisionReason().orElse(null),
                r.ratings().stream().map(RatingPayload::from).toList(),
                r.total().orElse(null),
                r.passed(),
                r.autoFailed(),
                r.createdAt(),
                r.submittedAt().orElse(null),
                r.calibrationId().orElse(null));
    }
}

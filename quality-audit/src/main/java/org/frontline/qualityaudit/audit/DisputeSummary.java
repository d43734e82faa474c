package org.frontline.qualityaudit.audit;

import java.util.List;
import org.frontline.qualityaudit.dispute.Dispute;
import org.frontline.qualityaudit.dispute.DisputeState;
import org.frontline.qualityaudit.dispute.Outcome;

/** How an audit's reviews were disputed: how many were, how many await a decision, and how those decided went. */
public record DisputeSummary(int raised, int open, int upheld, int partlyAccepted, int overturned) {

    public static DisputeSummary of(List<Dispute> disputes) {
        return new DisputeSummary(
                disputes.size(),
                (int) disputes.stream()
                        .filter(d -> d.state() == DisputeState.OPEN)
                        .count(),
                count(disputes, Outcome.UPHELD),
                count(disputes, Outcome.PARTLY_ACCEPTED),
                count(disputes, Outcome.OVERTURNED));
    }

    private static int count(List<Dispute> disputes, Outcome outcome) {
        return (int) disputes.stream()
                .filter(d -> d.outcome().filter(outcome::equals).isPresent())
                .count();
    }
}

package org.frontline.qualityaudit.audit;

import java.util.List;
import java.util.Optional;

/**
 * An audit's results: progress, compliance rate and mean score estimated by its design (with intervals), per-criterion
 * failure rates, per-agent and per-team tables, the disputes of its reviews and their outcomes, and the change since
 * the previous audit on the same scorecard. Until
 * every sampled contact is reviewed the figures are interim.
 */
public record AuditReport(
        Audit audit,
        String scorecardName,
        int scorecardVersion,
        int sampled,
        int reviewed,
        Optional<Estimate> compliance,
        Optional<Estimate> meanScore,
        List<CriterionResult> criteria,
        List<GroupResult> agents,
        List<GroupResult> teams,
        DisputeSummary disputes,
        Optional<AuditComparison> previous) {

    public AuditReport {
        criteria = List.copyOf(criteria);
        agents = List.copyOf(agents);
        teams = List.copyOf(teams);
    }

    public boolean interim() {
        return reviewed < sampled;
    }
}

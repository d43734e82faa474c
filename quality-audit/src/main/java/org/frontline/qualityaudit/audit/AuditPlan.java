package org.frontline.qualityaudit.audit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.frontline.qualityaudit.sampling.Confidence;

/**
 * What QA staff ask for when they start an audit: its name, scorecard (the latest version unless one is named), the
 * population and sample design, the confidence its intervals use, a seed (a random one is chosen and kept when none is
 * given), and the analysts to share the reviews among.
 */
public record AuditPlan(
        String name,
        String scorecardName,
        Optional<Integer> scorecardVersion,
        Population population,
        SampleDesign design,
        Confidence confidence,
        OptionalLong seed,
        List<Long> analystIds,
        boolean separateTeams) {

    public AuditPlan {
        analystIds = List.copyOf(analystIds);
    }
}

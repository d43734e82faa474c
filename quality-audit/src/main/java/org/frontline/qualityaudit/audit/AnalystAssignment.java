package org.frontline.qualityaudit.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * Shares an audit's sample among analysts: each contact, in order, goes to the eligible analyst with the fewest so far
 * (the first listed on a tie), so workloads differ by at most one where eligibility allows. Nobody gets a contact they
 * handled, and with {@code separateTeams} nobody gets one of their own team's.
 */
public final class AnalystAssignment {
    private AnalystAssignment() {}

    /** The analyst's id for each drawn contact id. */
    public static Map<Long, Long> assign(List<DrawnUnit> units, List<Analyst> analysts, boolean separateTeams) {
        if (analysts.isEmpty()) {
            throw new InvalidValueException("analystIds", "name at least one analyst to do the reviews");
        }
        if (analysts.stream().map(Analyst::id).distinct().count() < analysts.size()) {
            throw new InvalidValueException("analystIds", "an analyst is named twice");
        }
        int[] load = new int[analysts.size()];
        Map<Long, Long> assigned = new LinkedHashMap<>();
        for (DrawnUnit drawn : units) {
            int best = -1;
            for (int i = 0; i < analysts.size(); i++) {
                if (eligible(analysts.get(i), drawn.unit(), separateTeams) && (best < 0 || load[i] < load[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                throw new InvalidValueException(
                        "analystIds",
                        "no analyst may review contact " + drawn.unit().contactId() + " (handled by agent "
                                + drawn.unit().agentId()
                                + drawn.unit()
                                        .teamId()
                                        .map(t -> " of team " + t)
                                        .orElse("")
                                + "): nobody reviews their own contact" + (separateTeams ? " or their own team's" : "")
                                + "; add an analyst from elsewhere");
            }
            load[best]++;
            assigned.put(drawn.unit().contactId(), analysts.get(best).id());
        }
        return assigned;
    }

    private static boolean eligible(Analyst analyst, PopulationUnit unit, boolean separateTeams) {
        if (analyst.id() == unit.agentId()) {
            return false;
        }
        return !separateTeams || !unit.teamId().equals(Optional.of(analyst.teamId()));
    }
}

package org.frontline.core.domain.kpi.repetition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.core.domain.kpi.Cell;
import org.frontline.core.domain.kpi.Interval;
import org.frontline.core.domain.kpi.KpiSettings;

/** Where the repetition analysis' counts are summed: in the database, from the contacts. */
public interface TopicSource {
    /**
     * The tallies of each team and topic of the inbound contacts that arrived in [from, to); first-contact resolution
     * counts only contacts that arrived before {@code fcrSettledBefore}.
     */
    Map<TeamTopic, TopicTally> tallies(
            Instant from, Instant to, Duration newAccountAge, KpiSettings settings, Instant fcrSettledBefore);

    /** Inbound contacts per interval (its index) and topic, with those from new accounts. */
    Map<Cell, TopicCount> arrivals(List<Interval> intervals, Duration newAccountAge);

    /** The names of these teams (by id). */
    Map<String, String> teamNames(Set<String> teams);
}

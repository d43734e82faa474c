package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frontline.core.domain.kpi.Cell;
import org.frontline.core.domain.kpi.Grouping;
import org.frontline.core.domain.kpi.Interval;
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.core.domain.kpi.Piece;
import org.frontline.core.domain.kpi.repetition.TeamTopic;
import org.frontline.core.domain.kpi.repetition.TopicCount;
import org.frontline.core.domain.kpi.repetition.TopicSource;
import org.frontline.core.domain.kpi.repetition.TopicTally;

/** The repetition analysis' counts, summed by the database from the contacts with native SQL. */
public class JpaTopicSource implements TopicSource {
    private final EntityManager em;

    public JpaTopicSource(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Map<TeamTopic, TopicTally> tallies(
            Instant from, Instant to, Duration newAccountAge, KpiSettings settings, Instant fcrSettledBefore) {
        Query query = em.createNativeQuery("select cast(c.team_id as varchar(20)), c.reason_code, "
                        + KpiSql.contactSums(settings) + ", " + fromNewAccount(newAccountAge)
                        + ", count(distinct c.case_id) from contact c left join customer cu on cu.id = c.customer_id"
                        + " where c.direction = 'INBOUND' and c.arrived_at >= :min and c.arrived_at < :max"
                        + " group by c.team_id, c.reason_code")
                .setParameter("settled", fcrSettledBefore)
                .setParameter("min", from)
                .setParameter("max", to);
        return JpaKpiSource.tallies(query, row -> new TeamTopic((String) row[0], (String) row[1]), TopicTally::of);
    }

    @Override
    public Map<Cell, TopicCount> arrivals(List<Interval> intervals, Duration newAccountAge) {
        List<Piece> pieces = new ArrayList<>(intervals.size());
        for (int i = 0; i < intervals.size(); i++) {
            pieces.add(new Piece(i, intervals.get(i).start(), intervals.get(i).end()));
        }
        Query query = em.createNativeQuery("select b.k, c.reason_code, count(*), " + fromNewAccount(newAccountAge)
                + " from contact c join " + JpaKpiSource.values(pieces)
                + " on c.arrived_at >= b.s and c.arrived_at < b.e left join customer cu on cu.id = c.customer_id"
                + " where c.direction = 'INBOUND' and c.reason_code is not null and c.arrived_at >= :min"
                + " and c.arrived_at < :max group by b.k, c.reason_code");
        JpaKpiSource.bindPieces(query, pieces);
        JpaKpiSource.bindSpan(query, pieces);
        return JpaKpiSource.tallies(
                query,
                row -> new Cell(JpaKpiSource.number(row[0]).intValue(), (String) row[1]),
                v -> new TopicCount(v[0], v[1]));
    }

    @Override
    public Map<String, String> teamNames(Set<String> teams) {
        return new JpaKpiSource(em).labels(Grouping.TEAM, teams);
    }

    /** Counts contacts {@code c} from customers {@code cu} whose account opened less than the age before. */
    private static String fromNewAccount(Duration newAccountAge) {
        return "sum(case when cu.created_at > c.arrived_at - interval '" + newAccountAge.toDays()
                + "' day then 1 else 0 end)";
    }
}

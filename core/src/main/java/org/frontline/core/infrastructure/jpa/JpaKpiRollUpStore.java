package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.frontline.core.domain.kpi.KpiRollUpStore;
import org.frontline.core.domain.kpi.KpiSettings;

/** Writes the daily KPI roll-ups with native SQL: the same sums as reports (see {@link KpiSql}), grouped by day. */
public class JpaKpiRollUpStore implements KpiRollUpStore {
    private static final String JOB = "kpi-rollup";
    /** Roll-ups count first-contact resolution for every contact; reports decide which days have settled. */
    private static final Instant ALL_SETTLED = Instant.parse("9999-12-31T00:00:00Z");

    private final EntityManager em;

    public JpaKpiRollUpStore(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public void lock() {
        if (em.createNativeQuery("select name from job_lock where name = :job for update")
                .setParameter("job", JOB)
                .getResultList()
                .isEmpty()) {
            throw new IllegalStateException("The job_lock row '" + JOB + "' is missing; the migrations add it");
        }
    }

    @Override
    public Optional<Instant> firstActivity() {
        List<?> firsts = em.createNativeQuery("select min(arrived_at) from contact"
                        + " union all select min(started_at) from agent_status_interval")
                .getResultList();
        return firsts.stream().filter(Objects::nonNull).map(KpiSql::instant).min(Instant::compareTo);
    }

    @Override
    public void rollUp(LocalDate day, KpiSettings settings, Instant now) {
        Instant start = day.atStartOfDay(settings.zone()).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(settings.zone()).toInstant();
        em.createNativeQuery("update contact set kpi_pending = false where kpi_pending = true"
                        + " and arrived_at >= :s and arrived_at < :e")
                .setParameter("s", start)
                .setParameter("e", end)
                .executeUpdate();
        for (String[] table : new String[][] {
            {"agent_status_interval", "started_at", "ended_at"}, {"agent_shift", "starts_at", "ends_at"}
        }) {
            em.createNativeQuery("update " + table[0] + " set kpi_pending = false where kpi_pending = true and "
                            + table[1] + " < :e and " + table[2] + " > :s")
                    .setParameter("s", start)
                    .setParameter("e", end)
                    .executeUpdate();
        }
        for (String table : List.of("kpi_contact_day", "kpi_agent_day", "kpi_rollup_day")) {
            em.createNativeQuery("delete from " + table + " where report_day = :day")
                    .setParameter("day", day)
                    .executeUpdate();
        }
        String dimensions = "team_id, agent_id, channel, queue, customer_tier";
        em.createNativeQuery(
                        "insert into kpi_contact_day (report_day, " + dimensions + ", " + KpiSql.CONTACT_COLUMNS + ")"
                                + " select cast(:day as date), c.team_id, c.agent_id, c.channel, c.queue, c.customer_tier, "
                                + KpiSql.contactSums(settings) + " from contact c where c.direction = 'INBOUND'"
                                + " and c.arrived_at >= :s and c.arrived_at < :e"
                                + " group by c.team_id, c.agent_id, c.channel, c.queue, c.customer_tier")
                .setParameter("day", day)
                .setParameter("s", start)
                .setParameter("e", end)
                .setParameter("settled", ALL_SETTLED)
                .executeUpdate();
        String sums = List.of(KpiSql.AGENT_TIME_COLUMNS.split(", ")).stream()
                .map(column -> "sum(x." + column + ")")
                .collect(Collectors.joining(", "));
        em.createNativeQuery("insert into kpi_agent_day (report_day, agent_id, team_id, " + KpiSql.AGENT_TIME_COLUMNS
                        + ") select cast(:day as date), x.agent_id, g.team_id, " + sums + " from "
                        + KpiSql.agentTimeRows(KpiSql.ONE_PIECE) + " join agent g on g.id = x.agent_id"
                        + " group by x.agent_id, g.team_id")
                .setParameter("day", day)
                .setParameter("s", start)
                .setParameter("e", end)
                .executeUpdate();
        em.createNativeQuery(
                        "insert into kpi_rollup_day (report_day, settings, rolled_at) values (:day, :settings, :now)")
                .setParameter("day", day)
                .setParameter("settings", settings.rollUpFingerprint())
                .setParameter("now", now)
                .executeUpdate();
    }
}

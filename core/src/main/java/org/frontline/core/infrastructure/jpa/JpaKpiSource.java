package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.core.domain.kpi.AgentTimeTally;
import org.frontline.core.domain.kpi.CaseTally;
import org.frontline.core.domain.kpi.Cell;
import org.frontline.core.domain.kpi.ContactTally;
import org.frontline.core.domain.kpi.DayGroup;
import org.frontline.core.domain.kpi.Grouping;
import org.frontline.core.domain.kpi.Interval;
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.core.domain.kpi.KpiSource;
import org.frontline.core.domain.kpi.Piece;

/** KPI tallies summed by the database with native SQL (see {@link KpiSql}), from the rows or the daily roll-ups. */
public class JpaKpiSource implements KpiSource {
    private final EntityManager em;

    public JpaKpiSource(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Map<Cell, ContactTally> contacts(
            List<Piece> pieces, Grouping grouping, KpiSettings settings, Instant fcrSettledBefore) {
        String group = KpiSql.group(grouping, "c");
        Query query = em.createNativeQuery("select b.k, " + group + ", " + KpiSql.contactSums(settings)
                        + " from contact c join " + values(pieces) + " on c.arrived_at >= b.s and c.arrived_at < b.e"
                        + KpiSql.teamJoin(grouping, "c")
                        + " where c.direction = 'INBOUND' and c.arrived_at >= :min and c.arrived_at < :max"
                        + KpiSql.groupBy("b.k", grouping, group))
                .setParameter("settled", fcrSettledBefore);
        bindPieces(query, pieces);
        bindSpan(query, pieces);
        return tallies(query, row -> new Cell(number(row[0]).intValue(), (String) row[1]), ContactTally::of);
    }

    @Override
    public Map<Cell, AgentTimeTally> agentTime(List<Piece> pieces, Grouping grouping) {
        String group = agentGroup(grouping);
        Query query = em.createNativeQuery("select x.k, " + group + ", " + KpiSql.agentTimeSums("x") + " from "
                + KpiSql.agentTimeRows(values(pieces)) + " join agent g on g.id = x.agent_id"
                + " left join kpi_cost_rate rt on rt.team_id = g.team_id" + KpiSql.teamJoin(grouping, "g")
                + KpiSql.groupBy("x.k", grouping, group));
        bindPieces(query, pieces);
        return tallies(query, row -> new Cell(number(row[0]).intValue(), (String) row[1]), AgentTimeTally::of);
    }

    @Override
    public Map<Cell, CaseTally> cases(List<Piece> pieces, Grouping grouping) {
        String group = caseGroup(grouping);
        String breached = "exists (select 1 from sla_event v where v.case_id = sc.id and v.target = '%s'"
                + " and v.kind = 'BREACH')";
        Query query = em.createNativeQuery("select b.k, " + group + ", count(*),"
                + " sum(case when sc.resolved_at is not null then 1 else 0 end),"
                + " sum(case when sc.resolved_at is not null and sc.reopen_count > 0 then 1 else 0 end),"
                + " sum(case when " + breached.formatted("FIRST_RESPONSE") + " then 1 else 0 end),"
                + " sum(case when " + breached.formatted("RESOLUTION") + " then 1 else 0 end)"
                + " from support_case sc join " + values(pieces) + " on sc.created_at >= b.s and sc.created_at < b.e"
                + " left join agent g on g.id = sc.owner_id" + KpiSql.teamJoin(grouping, "g")
                + (grouping == Grouping.CUSTOMER_TIER ? " join customer cu on cu.id = sc.customer_id" : "")
                + " where sc.created_at >= :min and sc.created_at < :max"
                + KpiSql.groupBy("b.k", grouping, group));
        bindPieces(query, pieces);
        bindSpan(query, pieces);
        return tallies(query, row -> new Cell(number(row[0]).intValue(), (String) row[1]), CaseTally::of);
    }

    @Override
    public Map<DayGroup, ContactTally> rolledUpContacts(LocalDate first, LocalDate last, Grouping grouping) {
        String group = KpiSql.group(grouping, "r");
        String sums = List.of(KpiSql.CONTACT_COLUMNS.split(", ")).stream()
                .map(column -> "sum(r." + column + ")")
                .collect(Collectors.joining(", "));
        Query query = em.createNativeQuery("select r.report_day, " + group + ", " + sums + " from kpi_contact_day r"
                        + KpiSql.teamJoin(grouping, "r") + " where r.report_day >= :first and r.report_day <= :last"
                        + KpiSql.groupBy("r.report_day", grouping, group))
                .setParameter("first", first)
                .setParameter("last", last);
        return tallies(query, row -> new DayGroup(day(row[0]), (String) row[1]), ContactTally::of);
    }

    @Override
    public Map<DayGroup, AgentTimeTally> rolledUpAgentTime(LocalDate first, LocalDate last, Grouping grouping) {
        String group = KpiSql.group(grouping, "r");
        Query query = em.createNativeQuery("select r.report_day, " + group + ", " + KpiSql.agentTimeSums("r")
                        + " from kpi_agent_day r left join kpi_cost_rate rt on rt.team_id = r.team_id"
                        + KpiSql.teamJoin(grouping, "r") + " where r.report_day >= :first and r.report_day <= :last"
                        + KpiSql.groupBy("r.report_day", grouping, group))
                .setParameter("first", first)
                .setParameter("last", last);
        return tallies(query, row -> new DayGroup(day(row[0]), (String) row[1]), AgentTimeTally::of);
    }

    @Override
    public Set<LocalDate> rolledUpDays(LocalDate first, LocalDate last, String fingerprint) {
        List<?> days = em.createNativeQuery(
                        "select report_day from kpi_rollup_day where report_day >= :first and report_day <= :last"
                                + " and settings = :settings")
                .setParameter("first", first)
                .setParameter("last", last)
                .setParameter("settings", fingerprint)
                .getResultList();
        return days.stream().map(JpaKpiSource::day).collect(Collectors.toSet());
    }

    @Override
    public List<Interval> changedSinceRollUp(Instant from, Instant to, Duration repeatWindow) {
        String hour = "floor(extract(epoch from %s) / 3600)";
        List<?> rows = em.createNativeQuery("select min(c.arrived_at), max(c.arrived_at) from contact c"
                        + " where c.kpi_pending = true and c.arrived_at >= :from and c.arrived_at < :to"
                        + " group by " + hour.formatted("c.arrived_at")
                        + " union all select min(p.arrived_at), max(p.arrived_at) from contact c join contact p"
                        + " on p.customer_id = c.customer_id and p.direction = 'INBOUND'"
                        + " and (p.reason_code is null or p.reason_code = c.reason_code)"
                        + " and p.arrived_at < c.arrived_at and p.arrived_at >= c.arrived_at - interval '"
                        + repeatWindow.toDays() + "' day"
                        + " where c.kpi_pending = true and c.arrived_at >= :from and c.arrived_at < :later"
                        + " and p.arrived_at >= :from and p.arrived_at < :to group by " + hour.formatted("p.arrived_at")
                        + " union all select min(a.started_at), max(a.ended_at) from agent_status_interval a"
                        + " where a.kpi_pending = true and a.started_at < :to and a.ended_at > :from"
                        + " group by " + hour.formatted("a.started_at")
                        + " union all select min(sh.starts_at), max(sh.ends_at) from agent_shift sh"
                        + " where sh.kpi_pending = true and sh.starts_at < :to and sh.ends_at > :from"
                        + " group by " + hour.formatted("sh.starts_at"))
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("later", to.plus(repeatWindow))
                .getResultList();
        List<Interval> changed = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            changed.add(new Interval(KpiSql.instant(columns[0]), KpiSql.instant(columns[1])));
        }
        return changed;
    }

    @Override
    public Map<String, String> labels(Grouping grouping, Set<String> keys) {
        String table = switch (grouping) {
            case TEAM -> "team";
            case AGENT -> "agent";
            default -> null;
        };
        if (table == null || keys.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = keys.stream().map(Long::valueOf).toList();
        List<?> rows = em.createNativeQuery("select id, name from " + table + " where id in (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        Map<String, String> labels = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            labels.put(String.valueOf(number(columns[0]).longValue()), (String) columns[1]);
        }
        return labels;
    }

    /** Cases grouped through their owner {@code g} (and the owner's team) or their customer {@code cu}. */
    private static String caseGroup(Grouping grouping) {
        return switch (grouping) {
            case TEAM -> "cast(g.team_id as varchar(20))";
            case AGENT -> "cast(sc.owner_id as varchar(20))";
            case CUSTOMER_TIER -> "cu.value_tier";
            case SERVICE_FUNCTION -> "t.service_function";
            case NONE -> "'all'";
            case CHANNEL, QUEUE -> throw new IllegalArgumentException("cases have no " + grouping);
        };
    }

    /** Agents' time grouped through agent {@code g} (their current team) and the rows {@code x}. */
    private static String agentGroup(Grouping grouping) {
        return switch (grouping) {
            case TEAM -> "cast(g.team_id as varchar(20))";
            case AGENT -> "cast(x.agent_id as varchar(20))";
            default -> KpiSql.group(grouping, "g");
        };
    }

    /** The pieces as a derived table {@code b(k, s, e)}. */
    static String values(List<Piece> pieces) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            rows.add("(" + pieces.get(i).interval() + ", cast(:s" + i + " as timestamp with time zone), cast(:e" + i
                    + " as timestamp with time zone))");
        }
        return "(values " + String.join(", ", rows) + ") as b (k, s, e)";
    }

    static void bindPieces(Query query, List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            query.setParameter("s" + i, pieces.get(i).start())
                    .setParameter("e" + i, pieces.get(i).end());
        }
    }

    /** {@code :min} and {@code :max}: where the pieces start and end, for the index range. */
    static void bindSpan(Query query, List<Piece> pieces) {
        query.setParameter(
                        "min",
                        pieces.stream()
                                .map(Piece::start)
                                .min(Instant::compareTo)
                                .orElseThrow())
                .setParameter(
                        "max",
                        pieces.stream().map(Piece::end).max(Instant::compareTo).orElseThrow());
    }

    static <K, T> Map<K, T> tallies(Query query, Function<Object[], K> key, Function<long[], T> tally) {
        Map<K, T> tallies = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long[] values = new long[columns.length - 2];
            for (int i = 0; i < values.length; i++) {
                values[i] = columns[i + 2] == null ? 0 : number(columns[i + 2]).longValue();
            }
            tallies.put(key.apply(columns), tally.apply(values));
        }
        return tallies;
    }

    static Number number(Object value) {
        return (Number) value;
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}

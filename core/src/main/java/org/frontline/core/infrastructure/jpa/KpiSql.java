package org.frontline.core.infrastructure.jpa;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.frontline.core.domain.kpi.Grouping;
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.core.domain.shared.Channel;

/**
 * The SQL the KPI tallies are summed with, shared by reports (from the rows) and the roll-up (into its tables), so
 * both count alike; it runs unchanged on H2 and PostgreSQL. Settings are written in as integers, never as text.
 */
final class KpiSql {
    /** The contact tallies' columns, in {@code ContactTally}'s order (the roll-up table's names). */
    static final String CONTACT_COLUMNS = "offered, answered, answered_in_threshold, abandoned, abandoned_short,"
            + " answered_wait_seconds, handled, handle_seconds, transferred, escalated, fcr_eligible, fcr_repeated,"
            + " surveyed, satisfied, csat_sum, effort_answers, effort_sum, emails_answered, email_response_seconds";

    static final int CONTACT_TALLIES = 19;

    static final String AGENT_TIME_COLUMNS =
            "available_seconds, busy_seconds, wrap_up_seconds, away_seconds, scheduled_seconds, adhering_seconds";

    private KpiSql() {}

    /**
     * Sums of contact {@code c} in {@code ContactTally}'s order; first-contact resolution counts contacts that
     * arrived before the parameter {@code :settled}.
     */
    static String contactSums(KpiSettings settings) {
        String answered = "c.answered_at is not null";
        String handled = answered + " and c.ended_at is not null and not c.abandoned";
        String target = Stream.of(Channel.values())
                .map(ch -> "when '" + ch.name() + "' then "
                        + settings.answerTarget(ch).toSeconds())
                .collect(Collectors.joining(" ", "case c.channel ", " end"));
        String fcr = answered + " and c.customer_id is not null and c.arrived_at < :settled";
        // Two branches, so that each seeks an index: (customer, reason, arrival) or, without a reason, (customer,
        // arrival); one condition with an OR would scan every contact of the customer.
        String window = " and n.direction = 'INBOUND' and n.arrived_at > c.arrived_at and n.arrived_at <= c.arrived_at"
                + " + interval '" + settings.repeatWindow().toDays() + "' day)";
        String repeated = "(c.reason_code is not null and exists (select 1 from contact n where n.customer_id ="
                + " c.customer_id and n.reason_code = c.reason_code" + window + " or c.reason_code is null and exists"
                + " (select 1 from contact n where n.customer_id = c.customer_id" + window + ")";
        String email = "c.channel = 'EMAIL' and c.first_response_at is not null";
        return String.join(
                ", ",
                "count(*)",
                count(answered),
                count(answered + " and c.wait_seconds <= " + target),
                count("c.abandoned"),
                count("c.abandoned and coalesce(c.wait_seconds, 0) < "
                        + settings.shortAbandon().toSeconds()),
                sum(answered, "coalesce(c.wait_seconds, 0)"),
                count(handled),
                sum(handled, "c.talk_seconds + c.hold_seconds + c.wrap_up_seconds"),
                count(answered + " and c.transferred"),
                count(answered + " and c.escalated"),
                count(fcr),
                count(fcr + " and " + repeated),
                "count(c.csat)",
                count("c.csat >= 4"),
                "coalesce(sum(c.csat), 0)",
                "count(c.effort)",
                "coalesce(sum(c.effort), 0)",
                count(email),
                sum(
                        email,
                        "cast(extract(epoch from c.first_response_at) - extract(epoch from c.arrived_at) as bigint)"));
    }

    /**
     * A derived table {@code x} of agents' time per piece {@code k} of the frame {@code b(k, s, e)} and agent: whole
     * seconds in each logged-in status (stretches clipped to the piece), on shift, and on shift while taking contacts,
     * in {@link #AGENT_TIME_COLUMNS} order. Stored stretches and shifts never exceed a day, which bounds each index
     * range to the day before the piece.
     */
    static String agentTimeRows(String frame) {
        String stretch = "join " + frame
                + " on a.started_at < b.e and a.ended_at > b.s and a.started_at >= b.s - interval '1' day";
        String statuses = Stream.of("AVAILABLE", "BUSY", "WRAP_UP", "AWAY")
                .map(status -> seconds("case when a.status = '" + status + "' then "
                                + span("a.started_at", "a.ended_at") + " end")
                        + " as " + status.toLowerCase(Locale.ROOT) + "_seconds")
                .collect(Collectors.joining(", "));
        return "(select b.k as k, a.agent_id as agent_id, " + statuses
                + ", 0 as scheduled_seconds, 0 as adhering_seconds from agent_status_interval a " + stretch
                + " where a.status <> 'OFFLINE' group by b.k, a.agent_id"
                + " union all select b.k, sh.agent_id, 0, 0, 0, 0, " + seconds(span("sh.starts_at", "sh.ends_at"))
                + ", 0 from agent_shift sh join " + frame + " on sh.starts_at < b.e and sh.ends_at > b.s"
                + " and sh.starts_at >= b.s - interval '1' day where sh.cancelled_at is null group by b.k, sh.agent_id"
                + " union all select b.k, sh.agent_id, 0, 0, 0, 0, 0, "
                + seconds("extract(epoch from least(a.ended_at, sh.ends_at, b.e))"
                        + " - extract(epoch from greatest(a.started_at, sh.starts_at, b.s))")
                + " from agent_shift sh join " + frame + " on sh.starts_at < b.e and sh.ends_at > b.s"
                + " and sh.starts_at >= b.s - interval '1' day"
                // Driven from the few shifts: each finds its agent's stretches by (agent, start).
                + " join agent_status_interval a on a.agent_id = sh.agent_id and a.started_at < sh.ends_at"
                + " and a.ended_at > sh.starts_at and a.started_at >= sh.starts_at - interval '1' day"
                + " and a.started_at < b.e and a.ended_at > b.s"
                + " where sh.cancelled_at is null and a.status in ('AVAILABLE', 'BUSY', 'WRAP_UP')"
                + " group by b.k, sh.agent_id) x";
    }

    /**
     * Sums of a table with the {@link #AGENT_TIME_COLUMNS} under {@code alias}, and its staff cost: logged-in seconds
     * times the team's hourly cost (rate {@code rt}) in ten-thousandths, exact and additive.
     */
    static String agentTimeSums(String alias) {
        String sums = List.of(AGENT_TIME_COLUMNS.split(", ")).stream()
                .map(column -> "coalesce(sum(" + alias + "." + column + "), 0)")
                .collect(Collectors.joining(", "));
        return sums + ", coalesce(sum((" + alias + ".available_seconds + " + alias + ".busy_seconds + " + alias
                + ".wrap_up_seconds + " + alias + ".away_seconds) * cast(round(rt.hourly_cost * 10000) as bigint)), 0)";
    }

    /** The frame of a single stretch [{@code :s}, {@code :e}) as piece 0. */
    static final String ONE_PIECE =
            "(values (0, cast(:s as timestamp with time zone), cast(:e as timestamp with time zone))) as b (k, s, e)";

    private static String span(String start, String end) {
        return "extract(epoch from least(" + end + ", b.e)) - extract(epoch from greatest(" + start + ", b.s))";
    }

    private static String seconds(String value) {
        return "cast(round(coalesce(sum(" + value + "), 0)) as bigint)";
    }

    /**
     * The group of a row of a table with the contact dimensions ({@code team_id}, {@code agent_id}, {@code channel},
     * {@code queue}, {@code customer_tier}) under {@code alias}, and team {@code t} joined for the service function.
     */
    static String group(Grouping grouping, String alias) {
        return switch (grouping) {
            case NONE -> "'all'";
            case CHANNEL -> alias + ".channel";
            case TEAM -> "cast(" + alias + ".team_id as varchar(20))";
            case AGENT -> "cast(" + alias + ".agent_id as varchar(20))";
            case CUSTOMER_TIER -> alias + ".customer_tier";
            case SERVICE_FUNCTION -> "t.service_function";
            case QUEUE -> alias + ".queue";
        };
    }

    /** The join that {@link #group} needs for the service function, from {@code alias}'s team. */
    static String teamJoin(Grouping grouping, String alias) {
        return grouping == Grouping.SERVICE_FUNCTION ? " left join team t on t.id = " + alias + ".team_id" : "";
    }

    /** {@code group by} the leading columns and the group (none for {@link Grouping#NONE}: a constant). */
    static String groupBy(String leading, Grouping grouping, String group) {
        return " group by " + leading + (grouping == Grouping.NONE ? "" : ", " + group);
    }

    /** A timestamp as the JDBC driver returns it, as an instant. */
    static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
        };
    }

    private static String count(String condition) {
        return "sum(case when " + condition + " then 1 else 0 end)";
    }

    private static String sum(String condition, String value) {
        return "coalesce(sum(case when " + condition + " then " + value + " else 0 end), 0)";
    }
}

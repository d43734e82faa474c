package org.frontline.core.domain.kpi;

import java.time.Instant;

/** A hand-made inbound contact for KPI tests: arrives, then is answered after a wait or abandoned after one. */
public final class ContactBuilder {
    private String channel = "PHONE";
    private String direction = "INBOUND";
    private Instant arrived;
    private long wait;
    private boolean abandoned;
    private boolean answered;
    private long talk;
    private long hold;
    private long wrapUp;
    private Long team;
    private Long agent;
    private Long customer;
    private Long caseId;
    private String tier;
    private String queue;
    private String reason;
    private Integer csat;
    private Integer effort;
    private Long firstResponseAfter;
    private boolean transferred;
    private boolean escalated;
    private boolean ended = true;

    public static ContactBuilder arriving(String instant) {
        ContactBuilder c = new ContactBuilder();
        c.arrived = Instant.parse(instant);
        return c;
    }

    ContactBuilder channel(String value) {
        channel = value;
        return this;
    }

    ContactBuilder outbound() {
        direction = "OUTBOUND";
        return this;
    }

    /** Answered by agent 1 of team 1 after {@code seconds}, unless another agent is given. */
    public ContactBuilder answeredAfter(long seconds) {
        wait = seconds;
        answered = true;
        return agent(agent == null ? 1 : agent, team == null ? 1 : team);
    }

    public ContactBuilder abandonedAfter(long seconds) {
        wait = seconds;
        abandoned = true;
        return this;
    }

    public ContactBuilder handled(long talkSeconds, long holdSeconds, long wrapUpSeconds) {
        talk = talkSeconds;
        hold = holdSeconds;
        wrapUp = wrapUpSeconds;
        return this;
    }

    /** Still in progress: answered but not ended. */
    ContactBuilder ongoing() {
        ended = false;
        return this;
    }

    public ContactBuilder agent(long agentId, long teamId) {
        agent = agentId;
        team = teamId;
        return this;
    }

    public ContactBuilder team(long teamId) {
        team = teamId;
        return this;
    }

    /** From customer 1 (gold) or 2 and 3 (standard), about {@code reasonCode}. */
    public ContactBuilder customer(long customerId, String reasonCode) {
        customer = customerId;
        tier = customerId == 1 ? "GOLD" : "STANDARD";
        reason = reasonCode;
        return this;
    }

    /** Part of case {@code id}. */
    public ContactBuilder inCase(long id) {
        caseId = id;
        return this;
    }

    ContactBuilder queue(String name) {
        queue = name;
        return this;
    }

    ContactBuilder survey(Integer csatScore, Integer effortScore) {
        csat = csatScore;
        effort = effortScore;
        return this;
    }

    ContactBuilder firstResponseAfter(long seconds) {
        firstResponseAfter = seconds;
        return this;
    }

    ContactBuilder transferred() {
        transferred = true;
        return this;
    }

    ContactBuilder escalated() {
        escalated = true;
        return this;
    }

    String insert(long id) {
        Instant answeredAt = answered ? arrived.plusSeconds(wait) : null;
        Instant endedAt =
                abandoned ? arrived.plusSeconds(wait) : answered && ended ? answeredAt.plusSeconds(talk + hold) : null;
        Instant firstResponse = firstResponseAfter == null ? answeredAt : arrived.plusSeconds(firstResponseAfter);
        return "insert into contact (id, version, channel, direction, customer_id, agent_id, team_id, arrived_at,"
                + " answered_at, first_response_at, ended_at, wait_seconds, talk_seconds, hold_seconds,"
                + " wrap_up_seconds, abandoned, transferred, escalated, reason_code, csat, effort, queue, customer_tier,"
                + " case_id)"
                + " values (" + id + ", 0, '" + channel + "', '" + direction + "', " + customer + ", " + agent + ", "
                + team + ", " + ts(arrived) + ", " + ts(answeredAt) + ", " + ts(firstResponse) + ", " + ts(endedAt)
                + ", " + wait + ", " + talk + ", " + hold + ", " + wrapUp + ", " + abandoned + ", " + transferred
                + ", " + escalated + ", " + text(reason) + ", " + csat + ", " + effort + ", " + text(queue) + ", "
                + text(tier) + ", " + caseId + ")";
    }

    private static String ts(Instant instant) {
        return instant == null ? "null" : "timestamp with time zone '" + KpiDatabase.sqlTime(instant) + "'";
    }

    private static String text(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}

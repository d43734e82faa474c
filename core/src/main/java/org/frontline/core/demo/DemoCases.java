package org.frontline.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.frontline.core.demo.ContactStream.Staff;
import org.frontline.core.domain.cases.CaseAction;
import org.frontline.core.domain.cases.CaseDetails;
import org.frontline.core.domain.cases.CaseType;
import org.frontline.core.domain.cases.PendingReason;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.cases.ResolutionCode;
import org.frontline.core.domain.contact.Direction;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;

/**
 * Plans the demo centre's cases: raised in office hours by customers in proportion to their contact weight, about their
 * team's topics, each on a believable path (assigned, answered, sometimes waiting for the customer, escalated or
 * reopened, resolved, closed) with the contacts it took; and a few ITIL problems whose incidents link to them. Steps
 * that would come after {@code now} are left out, so recent cases are still being worked.
 */
public final class DemoCases {
    private static final Duration CLOSE_AFTER = Duration.ofDays(5);

    private final Draws draws;
    private final long[] customerIds;
    private final double[] cumulativeWeights;
    private final List<List<Staff>> staffByTeam;
    private final long[] teamIds;
    private final Instant now;

    /**
     * @param customerIds the customers who may raise cases, parallel to {@code weights}
     * @param staffByTeam agents of the three contact-taking functions: support, technical support, sales
     * @param teamIds the ids of those three teams
     */
    public DemoCases(
            SplittableRandom random,
            long[] customerIds,
            double[] weights,
            List<List<Staff>> staffByTeam,
            long[] teamIds,
            Instant now) {
        this.draws = new Draws(Objects.requireNonNull(random, "random"));
        if (customerIds.length == 0 || customerIds.length != weights.length) {
            throw new IllegalArgumentException("need as many weights as customers, and at least one customer");
        }
        if (staffByTeam.size() != DemoTopics.REASONS.size()
                || staffByTeam.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("need agents in each of the " + DemoTopics.REASONS.size() + " teams");
        }
        this.customerIds = customerIds.clone();
        this.cumulativeWeights = Draws.cumulative(weights);
        this.staffByTeam = List.copyOf(staffByTeam);
        this.teamIds = teamIds.clone();
        this.now = Objects.requireNonNull(now, "now");
    }

    /** Four problems spread over the period: two resolved, one a known error still open, one just raised. */
    public static List<ProblemPlan> problems(LocalDate firstDay, int days) {
        Instant start = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        return List.of(
                problem(
                        start,
                        days,
                        0.10,
                        0.35,
                        "VPN drops after router firmware 4.2",
                        Priority.P2,
                        "networking.outage",
                        "Firmware 4.2 renews the VPN key every 10 minutes and drops the tunnel while it does",
                        "Pin the router to firmware 4.1 from the admin page",
                        true),
                problem(
                        start,
                        days,
                        0.30,
                        0.55,
                        "Refund emails not sent for card payments",
                        Priority.P3,
                        "billing.refund",
                        "The payment provider's webhook changed its signature header",
                        "Send the refund confirmation by hand from the billing console",
                        true),
                problem(
                        start,
                        days,
                        0.60,
                        1.0,
                        "EU dashboard slow at peak hours",
                        Priority.P2,
                        "networking.slow",
                        "The EU reporting database runs out of connections at peak",
                        "Use the dashboard's daily export until capacity is added",
                        false),
                problem(
                        start,
                        days,
                        0.85,
                        1.0,
                        "Phone app logs users out after update",
                        Priority.P3,
                        "mobile.setup",
                        null,
                        null,
                        false));
    }

    private static ProblemPlan problem(
            Instant start,
            int days,
            double from,
            double to,
            String title,
            Priority priority,
            String reason,
            String rootCause,
            String workaround,
            boolean resolved) {
        Duration period = Duration.ofDays(days);
        Instant first = start.plus(fraction(period, from));
        Instant last = start.plus(fraction(period, to));
        return new ProblemPlan(
                title,
                "Several customers report it; see the linked incidents.",
                priority,
                reason,
                first,
                last,
                first.plus(Duration.ofDays(2)),
                rootCause,
                workaround,
                resolved ? last : null);
    }

    private static Duration fraction(Duration period, double share) {
        return Duration.ofSeconds(Math.round(period.toSeconds() * share));
    }

    /** About {@code perDay} cases a day over {@code days} days from {@code firstDay}, oldest first. */
    public List<CasePlan> plan(LocalDate firstDay, int days, double perDay, List<ProblemPlan> problems) {
        List<CasePlan> plans = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            double weekday = day.getDayOfWeek().getValue() <= 5 ? 1.2 : 0.5;
            int count = draws.poisson(perDay * weekday);
            List<Instant> raised = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                raised.add(day.atTime(7, 0).toInstant(ZoneOffset.UTC).plusSeconds(draws.below(12 * 3600)));
            }
            raised.sort(null);
            for (Instant at : raised) {
                if (at.isBefore(now)) {
                    plans.add(plan(at, problems));
                }
            }
        }
        return plans;
    }

    private CasePlan plan(Instant raisedAt, List<ProblemPlan> problems) {
        int team = DemoTopics.team(draws.uniform());
        String reason = draws.pick(DemoTopics.REASONS.get(team));
        int problem = -1;
        for (int p = 0; p < problems.size(); p++) {
            if (problems.get(p).covers(reason, raisedAt) && draws.chance(0.8)) {
                problem = p;
            }
        }
        CaseType type = problem >= 0 ? CaseType.INCIDENT : type(team);
        String subject = draws.pick(DemoTopics.SUBJECTS.get(reason));
        CaseDetails details = new CaseDetails(
                subject,
                "The customer wrote: \"" + subject.toLowerCase(Locale.ROOT) + "\". Topic: " + reason + ".",
                type,
                priority(type));
        long customer = customerIds[draws.weighted(cumulativeWeights)];
        Path path = new Path(raisedAt, customer, team, reason);
        walk(path, type, problem >= 0 && problems.get(problem).workaround() != null);
        return new CasePlan(customer, details, raisedAt, problem, path.steps, path.contacts);
    }

    private void walk(Path path, CaseType type, boolean knownError) {
        Staff first = agent(path.team, SupportTier.L1);
        path.contact(Channel.PHONE, first, path.raisedAt);
        path.assign(minutes(20), first);
        path.step(CaseAction.RESPOND, minutes(15), "We are looking into it");
        if (draws.chance(0.3)) {
            path.add(new CaseStep(
                    CaseAction.PEND,
                    path.last.plus(minutes(60)),
                    null,
                    PendingReason.CUSTOMER,
                    null,
                    "Asked the customer for details"));
            if (path.step(CaseAction.CUSTOMER_REPLY, hours(18), "Here are the details")) {
                path.contact(Channel.EMAIL, path.owner, path.last);
            }
            path.step(CaseAction.RESPOND, minutes(45), "Thanks, that helps");
        }
        if (draws.chance(type == CaseType.INCIDENT ? 0.25 : 0.08)) {
            path.step(CaseAction.ESCALATE, minutes(90), "Needs second-level diagnosis");
            path.assign(minutes(30), agent(path.team, SupportTier.L2));
            path.step(CaseAction.RESPOND, minutes(20), "A specialist has taken over");
        }
        path.resolve(Duration.ofSeconds(Math.round(draws.lognormal(5 * 3600, 1.5))), resolution(type, knownError));
        if (draws.chance(0.07)) {
            if (path.step(CaseAction.REOPEN, hours(30), "The customer says it happened again")) {
                path.contact(Channel.PHONE, path.owner, path.last);
            }
            path.step(CaseAction.RESPOND, minutes(30), "Looking at it again");
            path.resolve(Duration.ofSeconds(Math.round(draws.lognormal(3 * 3600, 0.8))), ResolutionCode.FIXED);
        }
        path.step(CaseAction.CLOSE, CLOSE_AFTER, null);
    }

    private Duration minutes(double mean) {
        return Duration.ofSeconds(1 + Math.round(draws.exponential(mean * 60)));
    }

    private Duration hours(double mean) {
        return minutes(mean * 60);
    }

    private CaseType type(int team) {
        double roll = draws.uniform();
        return switch (team) {
            case 0 ->
                roll < 0.5
                        ? CaseType.QUESTION
                        : roll < 0.85 ? CaseType.SERVICE_REQUEST : roll < 0.95 ? CaseType.COMPLAINT : CaseType.INCIDENT;
            case 1 -> roll < 0.8 ? CaseType.INCIDENT : CaseType.SERVICE_REQUEST;
            default -> roll < 0.6 ? CaseType.QUESTION : CaseType.SERVICE_REQUEST;
        };
    }

    private Priority priority(CaseType type) {
        double roll = draws.uniform();
        double urgent = type == CaseType.INCIDENT ? 2 : 1;
        return roll < 0.03 * urgent
                ? Priority.P1
                : roll < 0.18 * urgent ? Priority.P2 : roll < 0.7 ? Priority.P3 : Priority.P4;
    }

    private ResolutionCode resolution(CaseType type, boolean knownError) {
        if (draws.chance(0.03)) {
            return ResolutionCode.WITHDRAWN;
        }
        return switch (type) {
            case INCIDENT ->
                knownError
                        ? ResolutionCode.WORKAROUND
                        : draws.chance(0.85) ? ResolutionCode.FIXED : ResolutionCode.NO_FAULT_FOUND;
            case SERVICE_REQUEST -> ResolutionCode.FIXED;
            case QUESTION, COMPLAINT -> ResolutionCode.ANSWERED;
        };
    }

    /** An agent of the team at that tier, or of any tier when the team has nobody there. */
    private Staff agent(int team, SupportTier tier) {
        List<Staff> staff = staffByTeam.get(team);
        List<Staff> atTier = staff.stream().filter(s -> s.tier() == tier).toList();
        return draws.pick(atTier.isEmpty() ? staff : atTier);
    }

    /** The steps of one case so far: each comes some time after the one before, and none after now. */
    private final class Path {
        final Instant raisedAt;
        final long customer;
        final int team;
        final String reason;
        final List<CaseStep> steps = new ArrayList<>();
        final List<ContactRow> contacts = new ArrayList<>();
        Instant last;
        Staff owner;
        boolean stopped;

        Path(Instant raisedAt, long customer, int team, String reason) {
            this.raisedAt = raisedAt;
            this.customer = customer;
            this.team = team;
            this.reason = reason;
            this.last = raisedAt;
        }

        /** Adds the step unless it, or one before it, falls after now; says whether it was added. */
        boolean add(CaseStep step) {
            if (stopped || step.at().isAfter(now)) {
                stopped = true;
                return false;
            }
            steps.add(step);
            last = step.at();
            return true;
        }

        boolean step(CaseAction action, Duration after, String note) {
            return add(CaseStep.of(action, last.plus(after), note));
        }

        void assign(Duration after, Staff agent) {
            if (add(new CaseStep(CaseAction.ASSIGN, last.plus(after), agent.agentId(), null, null, null))) {
                owner = agent;
            }
        }

        void resolve(Duration after, ResolutionCode code) {
            add(new CaseStep(CaseAction.RESOLVE, last.plus(after), null, null, code, null));
        }

        /** An inbound contact about the case, answered by the agent. */
        void contact(Channel channel, Staff agent, Instant arrived) {
            long wait = Math.round(draws.exponential(channel == Channel.EMAIL ? 2 * 3600 : 40));
            long talk = Math.round(draws.lognormal(channel == Channel.EMAIL ? 300 : 360, 0.6));
            Instant answered = arrived.plusSeconds(wait);
            Integer csat = draws.chance(0.25) ? draws.csat() : null;
            contacts.add(new ContactRow(
                    channel,
                    Direction.INBOUND,
                    customer,
                    agent.agentId(),
                    teamIds[team],
                    null,
                    arrived,
                    answered,
                    answered.plusSeconds(talk),
                    wait,
                    talk,
                    0,
                    Math.round(draws.exponential(60)),
                    false,
                    false,
                    false,
                    reason,
                    "case",
                    csat,
                    csat == null ? null : Math.max(1, Math.min(7, 6 - csat))));
        }
    }
}

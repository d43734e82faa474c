package org.frontline.web.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.domain.agent.LanguageSkill;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.routing.desk.RoutingIntake;
import org.frontline.routing.engine.AgentSelection;
import org.frontline.routing.engine.RoutableAgent;
import org.frontline.routing.engine.RoutingQueue;
import org.frontline.routing.engine.RoutingWeights;
import org.frontline.routing.engine.WideningStep;
import org.frontline.routing.planning.PlanningHistory;
import org.frontline.routing.simulation.ContactDemand;
import org.frontline.routing.simulation.Distribution;
import org.frontline.routing.simulation.HandleTimes;
import org.frontline.routing.simulation.Scenario;
import org.frontline.routing.simulation.Shift;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.routing.QueueRequest;

/** Turns a simulation request into scenarios, checking every input and saying which one is wrong and why. */
final class Scenarios {
    private static final int MAX_AGENTS = 20_000;
    private static final double MAX_CONTACTS = 2_000_000;

    private Scenarios() {}

    /** The day as asked, through the stored queues named (all when none are). */
    static Scenario of(SimulationRequest request, List<RoutingQueue> stored, PlanningHistory history, Clock clock) {
        int intervals = Optional.ofNullable(request.intervals()).orElse(48);
        int minutes = Optional.ofNullable(request.intervalMinutes()).orElse(30);
        if (intervals < 1 || intervals > 2_000) {
            throw new InvalidValueException("intervals", "must be 1 to 2000, got " + intervals);
        }
        if (minutes < 1 || minutes > 1_440) {
            throw new InvalidValueException("intervalMinutes", "must be 1 to 1440, got " + minutes);
        }
        int target = Optional.ofNullable(request.answerTargetSeconds()).orElse(20);
        if (target < 1) {
            throw new InvalidValueException("answerTargetSeconds", "must be positive, got " + target);
        }
        List<RoutingQueue> queues = queues(request.queues(), stored);
        List<ContactDemand> demand = new ArrayList<>();
        double contacts = 0;
        for (DemandPayload d : request.demand()) {
            ContactDemand stream = demand(d, queues, intervals, history, clock);
            demand.add(stream);
            for (double a : stream.arrivals()) {
                contacts += a;
            }
        }
        if (contacts > MAX_CONTACTS) {
            throw new InvalidValueException(
                    "demand", "asks for " + Math.round(contacts) + " contacts a day; at most " + (long) MAX_CONTACTS);
        }
        return new Scenario(
                queues,
                demand,
                shifts(request.staff()),
                Duration.ofMinutes(minutes),
                intervals,
                Duration.ofSeconds(target),
                AgentSelection.LONGEST_IDLE,
                RoutingWeights.standard());
    }

    /** The same day with the variant's staff and queue rules. */
    static Scenario whatIf(Scenario base, WhatIfPayload whatIf) {
        Scenario variant = base;
        if (whatIf.staff() != null && !whatIf.staff().isEmpty()) {
            variant = variant.withShifts(shifts(whatIf.staff()));
        }
        if (whatIf.queues() != null && !whatIf.queues().isEmpty()) {
            Set<String> simulated =
                    base.queues().stream().map(RoutingQueue::name).collect(Collectors.toSet());
            Map<String, RoutingQueue> replaced = new HashMap<>();
            for (QueuePayload q : whatIf.queues()) {
                if (!simulated.contains(q.name())) {
                    throw new InvalidValueException("whatIf", "queue " + q.name() + " is not simulated");
                }
                replaced.put(q.name(), new QueueRequest(q.skills(), q.steps(), null, null).toQueue(q.name()));
            }
            List<RoutingQueue> queues = base.queues().stream()
                    .map(q -> replaced.getOrDefault(q.name(), q))
                    .toList();
            requireOverflowInside(queues);
            variant = variant.withQueues(queues);
        }
        return variant;
    }

    private static List<RoutingQueue> queues(List<String> names, List<RoutingQueue> stored) {
        List<RoutingQueue> queues = stored;
        if (names != null && !names.isEmpty()) {
            Map<String, RoutingQueue> byName = stored.stream().collect(Collectors.toMap(RoutingQueue::name, q -> q));
            queues = new ArrayList<>();
            for (String name : names) {
                RoutingQueue queue = byName.get(name);
                if (queue == null) {
                    throw new InvalidValueException("queues", "there is no routing queue named '" + name + "'");
                }
                queues.add(queue);
            }
        }
        requireOverflowInside(queues);
        return queues;
    }

    private static void requireOverflowInside(List<RoutingQueue> queues) {
        Set<String> names = queues.stream().map(RoutingQueue::name).collect(Collectors.toSet());
        for (RoutingQueue queue : queues) {
            for (WideningStep step : queue.steps()) {
                step.overflowTo().filter(target -> !names.contains(target)).ifPresent(target -> {
                    throw new InvalidValueException(
                            "queues", queue.name() + " overflows to " + target + ": simulate it too");
                });
            }
        }
    }

    private static ContactDemand demand(
            DemandPayload d, List<RoutingQueue> queues, int intervals, PlanningHistory history, Clock clock) {
        RoutingQueue queue = queues.stream()
                .filter(q -> q.name().equals(d.queue()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("demand", "queue " + d.queue() + " is not simulated"));
        Channel channel = RequestParameters.enumeration("channel", d.channel(), Channel.class)
                .orElse(Channel.PHONE);
        Map<String, Integer> skills =
                RoutingIntake.skills(d.skillsOrNone().isEmpty() ? queue.skills() : d.skillsOrNone());
        try {
            return new ContactDemand(
                    queue.name(),
                    channel,
                    skills,
                    LanguageSkill.code(
                            "language", Optional.ofNullable(d.language()).orElse("en")),
                    RequestParameters.enumeration("tier", d.tier(), SupportTier.class)
                            .orElse(SupportTier.L1),
                    arrivals(d, intervals),
                    handleTime(d, channel, history, clock),
                    Optional.ofNullable(d.patienceSeconds()).map(Distribution.Exponential::new));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("demand", e.getMessage());
        }
    }

    private static double[] arrivals(DemandPayload d, int intervals) {
        if (d.arrivals() != null) {
            if (d.arrivals().length != intervals) {
                throw new InvalidValueException(
                        "arrivals", "gives " + d.arrivals().length + " intervals; the day has " + intervals);
            }
            return d.arrivals();
        }
        if (d.arrivalsPerInterval() == null) {
            throw new InvalidValueException("arrivals", "give arrivals per interval (a list, or arrivalsPerInterval)");
        }
        double[] arrivals = new double[intervals];
        Arrays.fill(arrivals, d.arrivalsPerInterval());
        return arrivals;
    }

    private static Distribution handleTime(DemandPayload d, Channel channel, PlanningHistory history, Clock clock) {
        if (d.fitHandleTimeDays() != null) {
            if (d.fitHandleTimeDays() < 1 || d.fitHandleTimeDays() > 365) {
                throw new InvalidValueException("fitHandleTimeDays", "must be 1 to 365");
            }
            Instant now = clock.instant();
            return HandleTimes.fitted(history, channel, now.minus(Duration.ofDays(d.fitHandleTimeDays())), now);
        }
        if (d.handleSeconds() == null) {
            throw new InvalidValueException(
                    "handleSeconds", "give a mean handle time, or fitHandleTimeDays to fit it from history");
        }
        return d.handleDeviationSeconds() == null
                ? new Distribution.Exponential(d.handleSeconds())
                : Distribution.LogNormal.withMean(d.handleSeconds(), d.handleDeviationSeconds());
    }

    private static List<Shift> shifts(List<StaffPayload> staff) {
        List<Shift> shifts = new ArrayList<>();
        long id = 1;
        for (StaffPayload group : staff) {
            if (group.count() < 1 || shifts.size() + group.count() > MAX_AGENTS) {
                throw new InvalidValueException("staff", "counts must be positive and add up to at most " + MAX_AGENTS);
            }
            Duration start = time("start", group.start());
            Duration end = time("end", group.end());
            if (!end.minus(start).isPositive()) {
                end = end.plusDays(1);
            }
            RoutableAgent profile = profile(group);
            for (int i = 0; i < group.count(); i++) {
                shifts.add(new Shift(
                        new RoutableAgent(
                                id++, profile.tier(), profile.skills(), profile.languages(), profile.capacities()),
                        start,
                        end));
            }
        }
        return shifts;
    }

    /** The group's common profile (its id is given to each agent of the group). */
    private static RoutableAgent profile(StaffPayload group) {
        Map<String, Integer> languages = new HashMap<>();
        Optional.ofNullable(group.languages()).orElse(Map.of("en", 5)).forEach((code, level) -> {
            LanguageSkill language = new LanguageSkill(code, level == null ? 0 : level);
            languages.put(language.language(), language.proficiency());
        });
        Map<Channel, Integer> capacities = new EnumMap<>(Channel.class);
        Optional.ofNullable(group.channels()).orElse(Map.of("PHONE", 1)).forEach((name, capacity) -> {
            Channel channel = RequestParameters.enumeration("channels", name, Channel.class)
                    .orElseThrow();
            ChannelSkill skill = new ChannelSkill(channel, 3, capacity == null ? 1 : capacity);
            capacities.put(channel, skill.capacity());
        });
        return new RoutableAgent(
                0,
                RequestParameters.enumeration("tier", group.tier(), SupportTier.class)
                        .orElse(SupportTier.L1),
                RoutingIntake.skills(Optional.ofNullable(group.skills()).orElse(Map.of())),
                languages,
                capacities);
    }

    private static Duration time(String field, String value) {
        try {
            LocalTime time = LocalTime.parse(value);
            return Duration.ofSeconds(time.toSecondOfDay());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a time of day such as 08:00, got '" + value + "'");
        }
    }
}

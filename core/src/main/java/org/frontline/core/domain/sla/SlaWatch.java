package org.frontline.core.domain.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseRepository;
import org.frontline.core.domain.cases.CaseTransition;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.sla.SlaEvent.Crossing;

/**
 * Looks at every case whose SLA clocks run and records, once each, the warnings and breaches nobody recorded yet. Runs
 * on one server of a cluster at a time; a crossing found late still carries the moment it happened.
 */
public class SlaWatch {
    static final int BATCH = 200;

    private final SlaRepository slas;
    private final SlaEventRepository events;
    private final CaseRepository cases;
    private final Clock clock;

    public SlaWatch(SlaRepository slas, SlaEventRepository events, CaseRepository cases, Clock clock) {
        this.slas = Objects.requireNonNull(slas, "slas");
        this.events = Objects.requireNonNull(events, "events");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records the crossings found now; returns them, oldest first per case. */
    public List<SlaEvent> watch() {
        events.lockWatch();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Optional<SlaPolicy>> policies = new HashMap<>();
        List<SlaEvent> recorded = new ArrayList<>();
        List<Case> batch;
        long after = 0;
        do {
            batch = cases.running(after, BATCH);
            List<Long> ids = batch.stream().map(Case::id).toList();
            Set<Crossing> known = events.crossingsOf(ids);
            Map<Long, List<CaseTransition>> histories =
                    cases.histories(ids).stream().collect(Collectors.groupingBy(CaseTransition::caseId));
            for (Case supportCase : batch) {
                List<CaseTransition> history = histories.getOrDefault(supportCase.id(), List.of());
                policyOf(supportCase, policies)
                        .ifPresent(
                                policy -> recorded.addAll(recordCrossings(supportCase, history, policy, known, now)));
            }
            if (!batch.isEmpty()) {
                after = batch.getLast().id();
            }
        } while (batch.size() == BATCH);
        return recorded;
    }

    private Optional<SlaPolicy> policyOf(Case supportCase, Map<String, Optional<SlaPolicy>> policies) {
        var tier = supportCase.customer().valueTier();
        var priority = supportCase.details().priority();
        return policies.computeIfAbsent(tier + "/" + priority, key -> slas.findPolicy(tier, priority));
    }

    private List<SlaEvent> recordCrossings(
            Case supportCase, List<CaseTransition> history, SlaPolicy policy, Set<Crossing> known, Instant now) {
        List<TargetClock> unfinished = TargetClock.of(supportCase, policy.targets()).stream()
                .filter(TargetClock::running)
                .filter(target -> !known.contains(crossing(supportCase, target, SlaEventKind.BREACH)))
                .toList();
        if (unfinished.isEmpty()) {
            return List.of();
        }
        List<TimeWindow> pauses = SlaPauses.from(history);
        SlaEvaluator evaluator =
                new SlaEvaluator(policy.calendar(), policy.targets().warningPercent());
        List<SlaEvent> recorded = new ArrayList<>();
        for (TargetClock target : unfinished) {
            SlaMeasure measure = target.measure(evaluator, pauses, now);
            if (measure.state() == SlaState.WARNING || measure.state() == SlaState.BREACHED) {
                Crossing warning = crossing(supportCase, target, SlaEventKind.WARNING);
                if (!known.contains(warning)) {
                    Instant warnedAt = evaluator.warningAt(target.startedAt(), target.allowed(), pauses);
                    recorded.add(events.add(new SlaEvent(warning, warnedAt, now)));
                }
            }
            if (measure.state() == SlaState.BREACHED) {
                Crossing breach = crossing(supportCase, target, SlaEventKind.BREACH);
                recorded.add(events.add(new SlaEvent(breach, measure.dueAt(), now)));
            }
        }
        return recorded;
    }

    private static Crossing crossing(Case supportCase, TargetClock target, SlaEventKind kind) {
        return new Crossing(supportCase.id(), target.target(), kind, target.startedAt());
    }

    /** The events recorded so far that match the filter, oldest first. */
    public Page<SlaEvent> events(SlaEventFilter filter, PageRequest request) {
        return events.list(filter, request);
    }
}

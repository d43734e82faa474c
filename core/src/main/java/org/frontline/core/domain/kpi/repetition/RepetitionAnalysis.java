package org.frontline.core.domain.kpi.repetition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.kpi.Cell;
import org.frontline.core.domain.kpi.Interval;
import org.frontline.core.domain.kpi.Intervals;
import org.frontline.core.domain.kpi.Kpi;
import org.frontline.core.domain.kpi.KpiService;
import org.frontline.core.domain.kpi.ShortAbandons;
import org.frontline.core.domain.shared.Progress;

/**
 * Works out a repetition analysis: the database counts contacts per team and topic, this ranks the topics, compares
 * them with the period before, draws the top ones' series, and finds each team's weak topics.
 */
public class RepetitionAnalysis {
    /** The database queries an analysis runs, its progress steps. */
    static final int STEPS = 3;

    private final TopicSource source;
    private final KpiService kpis;

    public RepetitionAnalysis(TopicSource source, KpiService kpis) {
        this.source = Objects.requireNonNull(source, "source");
        this.kpis = Objects.requireNonNull(kpis, "kpis");
    }

    public RepetitionReport report(TopicQuery query, Progress progress) {
        List<Interval> intervals = Intervals.of(query.from(), query.to(), query.zone(), Optional.of(query.interval()));
        progress.reached(0, STEPS);
        Map<TeamTopic, TopicTally> tallies = source.tallies(
                query.from(), query.to(), query.newAccountAge(), kpis.settings(), kpis.fcrSettledBefore());
        progress.reached(1, STEPS);
        Map<Cell, TopicCount> before =
                source.arrivals(List.of(new Interval(query.previousFrom(), query.from())), query.newAccountAge());
        progress.reached(2, STEPS);
        Map<Cell, TopicCount> arrivals = source.arrivals(intervals, query.newAccountAge());
        progress.reached(3, STEPS);

        Map<String, TopicTally> byTopic = new HashMap<>();
        TopicTally all = TopicTally.NONE;
        for (Map.Entry<TeamTopic, TopicTally> e : tallies.entrySet()) {
            all = all.plus(e.getValue());
            if (e.getKey().topic() != null) {
                byTopic.merge(e.getKey().topic(), e.getValue(), TopicTally::plus);
            }
        }
        long withTopic =
                byTopic.values().stream().mapToLong(t -> t.contacts().offered()).sum();
        Map<String, TopicCount> previous = new HashMap<>();
        before.forEach((cell, count) -> previous.put(cell.group(), count));
        List<TopicFigures> figures = byTopic.entrySet().stream()
                .map(e -> figures(
                        e.getKey(), e.getValue(), withTopic, previous.getOrDefault(e.getKey(), TopicCount.NONE)))
                .toList();
        List<TopicFigures> topics = figures.stream()
                .sorted(Comparator.comparingLong(TopicFigures::contacts)
                        .reversed()
                        .thenComparing(TopicFigures::topic))
                .toList();
        List<TopicFigures> newAccountTopics = figures.stream()
                .filter(f -> f.fromNewAccounts() > 0)
                .sorted(Comparator.comparingLong(TopicFigures::fromNewAccounts)
                        .reversed()
                        .thenComparing(TopicFigures::topic))
                .limit(query.top())
                .toList();
        List<TopicSeries> series = topics.stream()
                .limit(query.top())
                .map(f -> series(f.topic(), intervals, arrivals))
                .toList();
        return new RepetitionReport(
                query,
                all.contacts().offered(),
                all.contacts().offered() - withTopic,
                all.fromNewAccounts(),
                topics,
                newAccountTopics,
                intervals,
                series,
                trainingNeeds(tallies, query));
    }

    private TopicFigures figures(String topic, TopicTally tally, long withTopic, TopicCount before) {
        long contacts = tally.contacts().offered();
        return new TopicFigures(
                topic,
                contacts,
                percent(contacts, withTopic),
                before.contacts(),
                before.contacts() == 0 ? null : 100.0 * (contacts - before.contacts()) / before.contacts(),
                TopicTrend.of(contacts, before.contacts()),
                tally.fromNewAccounts(),
                percent(tally.fromNewAccounts(), contacts),
                tally.cases(),
                kpi(Kpi.FIRST_CONTACT_RESOLUTION, tally),
                kpi(Kpi.AVERAGE_HANDLE_TIME, tally));
    }

    private static TopicSeries series(String topic, List<Interval> intervals, Map<Cell, TopicCount> arrivals) {
        List<Long> contacts = new ArrayList<>(intervals.size());
        List<Long> fromNew = new ArrayList<>(intervals.size());
        for (int i = 0; i < intervals.size(); i++) {
            TopicCount count = arrivals.getOrDefault(new Cell(i, topic), TopicCount.NONE);
            contacts.add(count.contacts());
            fromNew.add(count.fromNewAccounts());
        }
        return new TopicSeries(topic, contacts, fromNew);
    }

    private List<TrainingNeed> trainingNeeds(Map<TeamTopic, TopicTally> tallies, TopicQuery query) {
        Map<String, TopicTally> byTeam = new HashMap<>();
        tallies.forEach((key, tally) -> {
            if (key.team() != null) {
                byTeam.merge(key.team(), tally, TopicTally::plus);
            }
        });
        Map<String, String> names = byTeam.isEmpty() ? Map.of() : source.teamNames(Set.copyOf(byTeam.keySet()));
        List<TrainingNeed> needs = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            if (key.team() == null || key.topic() == null || tally.contacts().offered() < query.minContacts()) {
                return;
            }
            TopicTally team = byTeam.get(key.team());
            Double fcr = kpi(Kpi.FIRST_CONTACT_RESOLUTION, tally);
            Double teamFcr = kpi(Kpi.FIRST_CONTACT_RESOLUTION, team);
            Double aht = kpi(Kpi.AVERAGE_HANDLE_TIME, tally);
            Double teamAht = kpi(Kpi.AVERAGE_HANDLE_TIME, team);
            boolean lowResolution = fcr != null && teamFcr != null && fcr < teamFcr && teamFcr - fcr >= query.fcrGap();
            boolean slowHandling =
                    aht != null && teamAht != null && aht > teamAht && aht >= teamAht * (1 + query.ahtExcess() / 100);
            if (lowResolution || slowHandling) {
                needs.add(new TrainingNeed(
                        key.team(),
                        names.getOrDefault(key.team(), key.team()),
                        key.topic(),
                        tally.contacts().offered(),
                        fcr,
                        teamFcr,
                        aht,
                        teamAht,
                        lowResolution,
                        slowHandling,
                        hoursLost(tally, fcr, teamFcr, aht, teamAht)));
            }
        });
        needs.sort(Comparator.comparingDouble(TrainingNeed::hoursLost)
                .reversed()
                .thenComparing(TrainingNeed::team)
                .thenComparing(TrainingNeed::topic));
        return needs;
    }

    /**
     * The extra handle time of the topic's handled contacts over the team's average, plus a team-average handle for
     * each repeat contact beyond what the team's resolution rate would have given, in hours.
     */
    private static double hoursLost(TopicTally tally, Double fcr, Double teamFcr, Double aht, Double teamAht) {
        if (teamAht == null) {
            return 0;
        }
        double slower =
                aht == null ? 0 : Math.max(0, aht - teamAht) * tally.contacts().handled();
        double repeats = fcr == null || teamFcr == null
                ? 0
                : Math.max(0, teamFcr - fcr) / 100 * tally.contacts().fcrEligible();
        return (slower + repeats * teamAht) / 3600;
    }

    private Double kpi(Kpi kpi, TopicTally tally) {
        ShortAbandons shortAbandons = kpis.settings().shortAbandons();
        return kpi.ofContacts(tally.contacts(), shortAbandons);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}

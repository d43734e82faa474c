package org.frontline.qualityaudit.competency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.workforce.Tenure;
import org.frontline.core.domain.workforce.TenureSource;

/**
 * Works out speed to competency: for each agent hired in a period, the first whole week since hire whose figures met
 * their team's {@link CompetencyStandard}, and per team how many days that took.
 */
public class SpeedToCompetency {
    /** Weeks of reviews, the week judged included, whose mean QA score is judged. */
    static final int QA_WEEKS = 4;

    static final int MAX_DAYS = 3660;

    private final TenureSource tenures;
    private final CompetencySource source;
    private final CompetencyStandardRepository standards;
    private final ZoneId zone;
    private final Clock clock;

    /** @param zone the centre's time zone, whose days hire dates and weeks are counted in */
    public SpeedToCompetency(
            TenureSource tenures,
            CompetencySource source,
            CompetencyStandardRepository standards,
            ZoneId zone,
            Clock clock) {
        this.tenures = Objects.requireNonNull(tenures, "tenures");
        this.source = Objects.requireNonNull(source, "source");
        this.standards = Objects.requireNonNull(standards, "standards");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CompetencyReport report(LocalDate hiredFrom, LocalDate hiredTo) {
        if (!hiredFrom.isBefore(hiredTo)) {
            throw new InvalidValueException("hiredFrom", "must be before hiredTo (" + hiredTo + "), got " + hiredFrom);
        }
        if (ChronoUnit.DAYS.between(hiredFrom, hiredTo) > MAX_DAYS) {
            throw new InvalidValueException("hiredTo", "the period may be at most " + MAX_DAYS + " days");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<Long, CompetencyStandard> byTeam =
                standards.all().stream().collect(Collectors.toMap(CompetencyStandard::teamId, Function.identity()));
        List<HireProgress> hires = tenures.overlapping(hiredFrom, hiredTo).stream()
                .filter(tenure -> tenure.hiredWithin(hiredFrom, hiredTo))
                .sorted(Comparator.comparing(Tenure::teamName)
                        .thenComparing(Tenure::hired)
                        .thenComparingLong(Tenure::agentId))
                .map(hire -> progress(hire, byTeam.get(hire.teamId()), today))
                .toList();
        return new CompetencyReport(hiredFrom, hiredTo, today, teams(hires, byTeam), hires);
    }

    private HireProgress progress(Tenure hire, CompetencyStandard standard, LocalDate today) {
        LocalDate end = hire.leftOn().filter(left -> left.isBefore(today)).orElse(today);
        int weeksObserved = (int) Math.max(0, ChronoUnit.DAYS.between(hire.hired(), end.plusDays(1)) / 7);
        if (standard == null) {
            return progress(hire, CompetencyStatus.NO_STANDARD, null, weeksObserved);
        }
        Map<Integer, AgentWeek> weeks = new HashMap<>();
        source.weeks(hire, zone).forEach(w -> weeks.put(w.week(), w));
        for (int week = 0; week < weeksObserved; week++) {
            AgentWeek figures = weeks.get(week);
            if (figures != null && standard.metBy(figures, trailingQaScore(weeks, week))) {
                return progress(hire, CompetencyStatus.COMPETENT, week, weeksObserved);
            }
        }
        return progress(
                hire,
                hire.leftOn().isPresent() ? CompetencyStatus.LEFT : CompetencyStatus.NOT_YET,
                null,
                weeksObserved);
    }

    /** The mean score of the reviews of the contacts of this week and the {@code QA_WEEKS - 1} before. */
    private static Double trailingQaScore(Map<Integer, AgentWeek> weeks, int week) {
        long reviews = 0;
        double sum = 0;
        for (int w = Math.max(0, week - QA_WEEKS + 1); w <= week; w++) {
            AgentWeek figures = weeks.get(w);
            if (figures != null) {
                reviews += figures.reviews();
                sum += figures.scoreSum();
            }
        }
        return reviews == 0 ? null : sum / reviews;
    }

    private static HireProgress progress(Tenure hire, CompetencyStatus status, Integer week, int weeksObserved) {
        return new HireProgress(
                hire.agentId(),
                hire.name(),
                hire.teamId(),
                hire.teamName(),
                hire.hired(),
                status,
                week == null ? null : hire.hired().plusDays(7L * (week + 1) - 1),
                week == null ? null : 7 * (week + 1),
                weeksObserved);
    }

    private static List<TeamCompetency> teams(List<HireProgress> hires, Map<Long, CompetencyStandard> standards) {
        Map<Long, List<HireProgress>> byTeam = new LinkedHashMap<>();
        hires.forEach(
                h -> byTeam.computeIfAbsent(h.teamId(), t -> new ArrayList<>()).add(h));
        List<TeamCompetency> teams = new ArrayList<>();
        byTeam.forEach((team, members) -> {
            List<Integer> days = members.stream()
                    .filter(h -> h.status() == CompetencyStatus.COMPETENT)
                    .map(HireProgress::days)
                    .sorted()
                    .toList();
            teams.add(new TeamCompetency(
                    team,
                    members.get(0).team(),
                    standards.containsKey(team),
                    members.size(),
                    days.size(),
                    count(members, CompetencyStatus.NOT_YET),
                    count(members, CompetencyStatus.LEFT),
                    median(days),
                    days.isEmpty()
                            ? null
                            : days.stream()
                                    .mapToInt(Integer::intValue)
                                    .average()
                                    .orElseThrow()));
        });
        return teams;
    }

    private static int count(List<HireProgress> members, CompetencyStatus status) {
        return (int) members.stream().filter(h -> h.status() == status).count();
    }

    private static Double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}

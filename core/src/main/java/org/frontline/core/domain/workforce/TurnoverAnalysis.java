package org.frontline.core.domain.workforce;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.frontline.core.domain.agent.LeaveReason;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * Turnover over the days [from, to): per team (agents count in their current team) and for the whole centre, who was
 * on the books at the start and the end, who joined, who left, and the rates.
 */
public class TurnoverAnalysis {
    /** The longest period one analysis covers. */
    static final int MAX_DAYS = 3660;

    private final TenureSource tenures;

    public TurnoverAnalysis(TenureSource tenures) {
        this.tenures = Objects.requireNonNull(tenures, "tenures");
    }

    /** The whole centre first, then each team by name. */
    public List<TeamTurnover> report(LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from", "must be before to (" + to + "), got " + from);
        }
        long days = ChronoUnit.DAYS.between(from, to);
        if (days > MAX_DAYS) {
            throw new InvalidValueException("to", "the period may be at most " + MAX_DAYS + " days, got " + days);
        }
        List<Tenure> all = tenures.overlapping(from, to);
        List<TeamTurnover> rows = new ArrayList<>();
        rows.add(row(null, "Whole centre", all, from, to));
        Map<Long, List<Tenure>> byTeam =
                all.stream().collect(Collectors.groupingBy(Tenure::teamId, TreeMap::new, Collectors.toList()));
        byTeam.forEach((team, members) -> rows.add(row(team, members.get(0).teamName(), members, from, to)));
        rows.subList(1, rows.size()).sort(Comparator.comparing(TeamTurnover::team));
        return rows;
    }

    private static TeamTurnover row(Long teamId, String name, List<Tenure> members, LocalDate from, LocalDate to) {
        int atStart = count(members, t -> t.employedAtStartOf(from));
        int atEnd = count(members, t -> t.employedAtStartOf(to));
        int hired = count(members, t -> t.hiredWithin(from, to));
        int left = count(members, t -> t.leftWithin(from, to));
        int voluntary = count(members, t -> t.leftWithin(from, to) && t.reason().orElse(null) == LeaveReason.VOLUNTARY);
        int stayed = count(members, t -> t.employedAtStartOf(from) && t.employedAtStartOf(to));
        double average = (atStart + atEnd) / 2.0;
        Double rate = average == 0 ? null : 100.0 * left / average;
        long days = ChronoUnit.DAYS.between(from, to);
        return new TeamTurnover(
                teamId,
                name,
                atStart,
                hired,
                left,
                voluntary,
                atEnd,
                average,
                rate,
                rate == null ? null : rate * 365 / days,
                atStart == 0 ? null : 100.0 * stayed / atStart);
    }

    private static int count(List<Tenure> members, Predicate<Tenure> condition) {
        return (int) members.stream().filter(condition).count();
    }
}

package org.frontline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.frontline.core.domain.agent.AgentStatus;
import org.junit.jupiter.api.Test;

/** Two weeks of a demo team's status log. */
class StatusLogStreamTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static Map<Long, List<StatusRow>> logs() {
        Map<Long, List<StatusRow>> byAgent = new HashMap<>();
        new StatusLogStream(new SplittableRandom(3), new long[] {1, 2, 3, 4, 5}, MONDAY, 14)
                .forEachRemaining(row -> byAgent.computeIfAbsent(row.agentId(), a -> new ArrayList<>())
                        .add(row));
        return byAgent;
    }

    @Test
    void eachLogRunsWithoutGapsFromTheFirstMidnightToTheLastDaysEnd() {
        logs().forEach((agent, rows) -> {
            assertThat(rows.getFirst().start())
                    .isEqualTo(MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(rows.getLast().end())
                    .isEqualTo(MONDAY.plusDays(14).atStartOfDay(ZoneOffset.UTC).toInstant());
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i).start()).isEqualTo(rows.get(i - 1).end());
                assertThat(rows.get(i).end()).isAfter(rows.get(i).start());
            }
        });
    }

    @Test
    void agentsWorkWeekdayShiftsOfEightAndAHalfHoursWithAnHourOfBreaks() {
        int shifts = 0;
        for (List<StatusRow> rows : logs().values()) {
            Map<LocalDate, Duration> loggedIn = new HashMap<>();
            Map<LocalDate, Duration> away = new HashMap<>();
            for (StatusRow row : rows) {
                LocalDate day = row.start().atZone(ZoneOffset.UTC).toLocalDate();
                Duration length = Duration.between(row.start(), row.end());
                if (row.status() != AgentStatus.OFFLINE) {
                    assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    loggedIn.merge(day, length, Duration::plus);
                }
                if (row.status() == AgentStatus.AWAY) {
                    away.merge(day, length, Duration::plus);
                }
            }
            assertThat(loggedIn.values()).allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofMinutes(510)));
            assertThat(away.values()).allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofMinutes(60)));
            shifts += loggedIn.size();
        }
        assertThat(shifts).as("5 agents, 10 weekdays, about 1 in 20 absent").isBetween(40, 50);
    }

    @Test
    void everyAgentIsScheduledEachWeekdayForTheShiftTheirLogFollows() {
        StatusLogStream stream = new StatusLogStream(new SplittableRandom(3), new long[] {1, 2}, MONDAY, 14);
        List<ShiftRow> shifts = stream.shifts();
        Map<Long, List<StatusRow>> logs = logs();

        // Two agents, ten weekdays; each shift lasts 8.5 hours and the log is never offline during a worked one.
        assertThat(shifts).hasSize(20);
        assertThat(shifts)
                .allMatch(s -> java.time.Duration.between(s.start(), s.end()).toMinutes() == 510);
        ShiftRow first = shifts.getFirst();
        assertThat(logs.get(first.agentId()))
                .filteredOn(
                        row -> row.start().isBefore(first.end()) && row.end().isAfter(first.start()))
                .allMatch(row -> row.status() != org.frontline.core.domain.agent.AgentStatus.OFFLINE)
                .isNotEmpty();
        // No stretch crosses a UTC midnight.
        logs.values().stream()
                .flatMap(List::stream)
                .forEach(row -> assertThat(row.end())
                        .isBeforeOrEqualTo(row.start()
                                .atZone(ZoneOffset.UTC)
                                .toLocalDate()
                                .plusDays(1)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()));
    }
}

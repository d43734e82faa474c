package org.frontline.routing.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.frontline.core.domain.agent.AgentStatus;
import org.frontline.core.domain.contact.InboundWork;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.routing.staffing.ErlangC;
import org.frontline.routing.staffing.ServiceTarget;
import org.frontline.routing.staffing.Staffing;
import org.frontline.routing.staffing.Workload;
import org.junit.jupiter.api.Test;

/** A week plan learnt from two weeks of a Paris centre's history. */
class WeekPlannerTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant UNTIL = at("2026-11-30T00:00");
    private static final ServiceTarget EIGHTY_IN_TWENTY = ServiceTarget.answering(0.8, 20);

    private final List<InboundWork> contacts = new ArrayList<>();
    private final List<StatusStretch> log = new ArrayList<>();

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }

    private WeekPlan plan() {
        return plan(PARIS, 2);
    }

    private WeekPlan plan(ZoneId zone, int weeks) {
        PlanningHistory history = new PlanningHistory() {
            @Override
            public void forEachInbound(
                    Instant from, Instant to, Optional<Channel> channel, Consumer<InboundWork> each) {
                contacts.stream()
                        .filter(c ->
                                !c.arrivedAt().isBefore(from) && c.arrivedAt().isBefore(to))
                        .forEach(each);
            }

            @Override
            public void forEachStretch(Instant from, Instant to, Consumer<StatusStretch> each) {
                log.stream()
                        .filter(s -> s.end().isAfter(from) && s.start().isBefore(to))
                        .forEach(each);
            }
        };
        return new WeekPlanner(history)
                .plan(new WeekPlanQuestion(
                        zone, Optional.empty(), UNTIL, weeks, EIGHTY_IN_TWENTY, 0.25, 1, OptionalDouble.empty()));
    }

    private void calls(String local, int count, boolean answered, long handleSeconds) {
        for (int i = 0; i < count; i++) {
            contacts.add(new InboundWork(at(local).plusSeconds(i), answered, handleSeconds));
        }
    }

    private static IntervalPlan interval(WeekPlan plan, DayOfWeek day, String start) {
        return plan.intervals().stream()
                .filter(i -> i.day() == day && i.start().equals(LocalTime.parse(start)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void forecastsEachHalfHourAsTheMeanOfTheSameHalfHourInEachWeek() {
        calls("2026-11-16T09:05", 40, true, 300);
        calls("2026-11-23T09:10", 60, true, 300);

        WeekPlan plan = plan();

        IntervalPlan monday = interval(plan, DayOfWeek.MONDAY, "09:00");
        assertThat(plan.intervals()).hasSize(336);
        assertThat(monday.forecastArrivals()).isEqualTo(50.0);
        assertThat(monday.averageHandleSeconds()).hasValue(300.0);
        int required = Staffing.plan(new ErlangC(Workload.calls(50, 300, 1800)), EIGHTY_IN_TWENTY, 0)
                .requiredAgents();
        assertThat(monday.requiredAgents()).isEqualTo(required);
        assertThat(monday.scheduledAgents()).isEqualTo((int) Math.ceil(required / 0.75));
        assertThat(interval(plan, DayOfWeek.MONDAY, "09:30").requiredAgents()).isZero();
    }

    @Test
    void aHalfHourWithNoAnsweredContactBorrowsTheWholeHistorysHandleTime() {
        calls("2026-11-17T14:00", 10, true, 200);
        calls("2026-11-17T14:00", 10, true, 400);
        calls("2026-11-18T08:00", 4, false, 0);

        IntervalPlan abandonedOnly = interval(plan(), DayOfWeek.WEDNESDAY, "08:00");

        assertThat(abandonedOnly.forecastArrivals()).isEqualTo(2.0);
        assertThat(abandonedOnly.averageHandleSeconds()).hasValue(300.0);
        assertThat(abandonedOnly.requiredAgents()).isPositive();
    }

    @Test
    void setsTheStatusLogBesideThePlanLoggedInAndTakingContacts() {
        log.add(new StatusStretch(AgentStatus.AVAILABLE, at("2026-11-16T09:00"), at("2026-11-16T10:00")));
        log.add(new StatusStretch(AgentStatus.AWAY, at("2026-11-23T09:00"), at("2026-11-23T09:15")));
        log.add(new StatusStretch(AgentStatus.OFFLINE, at("2026-11-23T09:15"), at("2026-11-23T12:00")));

        WeekPlan plan = plan();

        IntervalPlan nine = interval(plan, DayOfWeek.MONDAY, "09:00");
        assertThat(nine.actualLoggedIn()).as("(30 + 15 minutes) over two weeks").isCloseTo(0.75, within(1e-9));
        assertThat(nine.actualTakingContacts()).isCloseTo(0.5, within(1e-9));
        assertThat(interval(plan, DayOfWeek.MONDAY, "09:30").actualLoggedIn()).isCloseTo(0.5, within(1e-9));
        assertThat(interval(plan, DayOfWeek.MONDAY, "10:00").actualLoggedIn()).isZero();
        assertThat(nine.shortfall()).isCloseTo(-0.75, within(1e-9));
    }

    @Test
    void clipsStretchesToTheHistoryWindow() {
        log.add(new StatusStretch(AgentStatus.BUSY, at("2026-11-15T23:00"), at("2026-11-16T01:00")));

        WeekPlan plan = plan();

        assertThat(interval(plan, DayOfWeek.SUNDAY, "23:00").actualLoggedIn()).isZero();
        assertThat(interval(plan, DayOfWeek.MONDAY, "00:30").actualLoggedIn()).isCloseTo(0.5, within(1e-9));
        assertThat(plan.actualLoggedInHours()).as("one hour over two weeks").isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aDaylightSavingNightCountsTheHoursThatHappened() {
        Instant start = at("2026-03-28T23:00");
        Instant end = at("2026-03-29T05:00");
        double[] seconds = new double[WeekSlots.COUNT];

        new WeekSlots(PARIS).spread(start, end, (slot, s) -> seconds[slot] += s);

        double total = 0;
        for (double s : seconds) {
            total += s;
        }
        assertThat(total).as("five real hours: 02:00 to 03:00 never happened").isEqualTo(5 * 3600.0);
        assertThat(seconds[6 * WeekSlots.PER_DAY + 4])
                .as("Sunday 02:00 does not exist")
                .isZero();
        assertThat(seconds[6 * WeekSlots.PER_DAY + 6]).as("Sunday 03:00").isEqualTo(1800.0);
    }

    @Test
    void refusesHistoryOfNoWeeksOrMoreThanTwelve() {
        assertThatThrownBy(() -> plan(PARIS, 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("between 1 and 12");
        assertThatThrownBy(() -> plan(PARIS, 13)).isInstanceOf(InvalidValueException.class);
    }
}

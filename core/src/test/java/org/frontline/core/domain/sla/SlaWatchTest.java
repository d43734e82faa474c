package org.frontline.core.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.Fixtures;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseFilter;
import org.frontline.core.domain.cases.CaseRepository;
import org.frontline.core.domain.cases.CaseStatus;
import org.frontline.core.domain.cases.CaseTransition;
import org.frontline.core.domain.cases.PendingReason;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.sla.SlaEvent.Crossing;
import org.frontline.core.domain.sla.SlaPolicy.SlaTargets;
import org.junit.jupiter.api.Test;

/** A GOLD P2 policy round the clock: first response 60 min, next response 30 min, resolution 240 min, warning at 75%. */
class SlaWatchTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final Cases cases = new Cases();
    private final Events events = new Events();

    private List<SlaEvent> watchAt(Instant now) {
        return new SlaWatch(new OnePolicy(), events, cases, Clock.fixed(now, ZoneOffset.UTC)).watch();
    }

    private static Instant minutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void recordsAWarningOnceWithTheMomentItHappened() {
        cases.add(Fixtures.incident(T0));

        List<SlaEvent> first = watchAt(minutes(50));
        List<SlaEvent> again = watchAt(minutes(55));

        assertThat(first).singleElement().satisfies(event -> {
            assertThat(event.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
            assertThat(event.kind()).isEqualTo(SlaEventKind.WARNING);
            assertThat(event.occurredAt()).as("75% of 60 min").isEqualTo(minutes(45));
            assertThat(event.recordedAt()).isEqualTo(minutes(50));
        });
        assertThat(again).isEmpty();
        assertThat(events.lockTaken).as("each run holds the cluster-wide lock").isEqualTo(2);
    }

    @Test
    void aBreachFoundLateStillCarriesItsDeadlineAndBringsTheMissedWarning() {
        cases.add(Fixtures.incident(T0));

        List<SlaEvent> recorded = watchAt(minutes(200));

        assertThat(recorded)
                .extracting(e -> e.target() + " " + e.kind() + " " + e.occurredAt())
                .containsExactly(
                        "FIRST_RESPONSE WARNING " + minutes(45),
                        "FIRST_RESPONSE BREACH " + minutes(60),
                        "RESOLUTION WARNING " + minutes(180));
        assertThat(watchAt(minutes(241)))
                .extracting(e -> e.target() + " " + e.kind())
                .containsExactly("RESOLUTION BREACH");
    }

    @Test
    void theNextResponseClockRunsFromTheEarliestUnansweredReply() {
        Case supportCase = cases.add(Fixtures.incident(T0));
        supportCase.respond("on it", minutes(10));
        supportCase.customerReplied("any news?", minutes(20));
        supportCase.customerReplied("hello?", minutes(40));

        List<SlaEvent> recorded = watchAt(minutes(55));

        assertThat(recorded)
                .extracting(e -> e.target() + " " + e.kind() + " " + e.occurredAt() + " " + e.clockStartedAt())
                .containsExactly(
                        "NEXT_RESPONSE WARNING " + minutes(20).plusSeconds(22 * 60 + 30) + " " + minutes(20),
                        "NEXT_RESPONSE BREACH " + minutes(50) + " " + minutes(20));
    }

    @Test
    void pendingTimeDoesNotCountAndPendingCasesAreNotWatched() {
        Case paused = cases.add(Fixtures.incident(T0));
        paused.assignTo(Fixtures.agent(T0), minutes(1));
        cases.addTransition(paused.pend(PendingReason.THIRD_PARTY, null, minutes(10)));
        cases.addTransition(paused.resume(null, minutes(40)));

        assertThat(watchAt(minutes(60))).as("20 of 60 min counted").isEmpty();
        assertThat(watchAt(minutes(80)))
                .extracting(SlaEvent::occurredAt)
                .as("10 min before the pause and 35 after it")
                .containsExactly(minutes(75));

        cases.addTransition(paused.pend(PendingReason.CUSTOMER, null, minutes(81)));
        assertThat(watchAt(minutes(500))).isEmpty();
    }

    /** Cases in a list, with the transitions a test logs. */
    private static final class Cases implements CaseRepository {
        private final List<Case> all = new ArrayList<>();
        private final List<CaseTransition> transitions = new ArrayList<>();

        @Override
        public Case add(Case supportCase) {
            all.add(supportCase);
            return supportCase;
        }

        @Override
        public List<Case> running(long afterId, int limit) {
            return all.stream()
                    .filter(c -> c.status().isActive() && c.status() != CaseStatus.PENDING)
                    .filter(c -> c.id() > afterId)
                    .limit(limit)
                    .toList();
        }

        @Override
        public void addTransition(CaseTransition transition) {
            transitions.add(transition);
        }

        @Override
        public List<CaseTransition> histories(Collection<Long> caseIds) {
            return transitions.stream()
                    .filter(t -> caseIds.contains(t.caseId()))
                    .toList();
        }

        @Override
        public List<CaseTransition> history(long caseId, int limit) {
            return transitions.stream()
                    .filter(t -> t.caseId() == caseId)
                    .limit(limit)
                    .toList();
        }

        @Override
        public Optional<Case> findById(long id) {
            return all.stream().filter(c -> c.id() == id).findFirst();
        }

        @Override
        public Page<Case> list(CaseFilter filter, PageRequest request) {
            throw new UnsupportedOperationException("not used by the watch");
        }

        @Override
        public void flush() {}
    }

    /** Events in a list; adding a crossing twice fails as the unique constraint would. */
    private static final class Events implements SlaEventRepository {
        private final List<SlaEvent> all = new ArrayList<>();
        private final Set<Crossing> crossings = new HashSet<>();
        int lockTaken;

        @Override
        public void lockWatch() {
            lockTaken++;
        }

        @Override
        public Set<Crossing> crossingsOf(Collection<Long> caseIds) {
            return crossings.stream().filter(c -> caseIds.contains(c.caseId())).collect(Collectors.toSet());
        }

        @Override
        public SlaEvent add(SlaEvent event) {
            assertThat(crossings.add(event.crossing()))
                    .as("recorded twice: " + event.crossing())
                    .isTrue();
            all.add(event);
            return event;
        }

        @Override
        public Page<SlaEvent> list(SlaEventFilter filter, PageRequest request) {
            return Page.of(all, request, all.size());
        }
    }

    /** The one policy every case here falls under. */
    private static final class OnePolicy implements SlaRepository {
        private final SlaPolicy policy = new SlaPolicy(
                ValueTier.GOLD,
                Priority.P2,
                new SlaTargets(Duration.ofMinutes(60), Duration.ofMinutes(30), Duration.ofMinutes(240), 75),
                new BusinessCalendar(
                        "24x7",
                        ZoneId.of("UTC"),
                        EnumSet.allOf(DayOfWeek.class).stream()
                                .map(WorkingHours::allDay)
                                .collect(Collectors.toSet()),
                        Set.of()));

        @Override
        public Optional<SlaPolicy> findPolicy(ValueTier tier, Priority priority) {
            return Optional.of(policy).filter(p -> p.valueTier() == tier && p.priority() == priority);
        }

        @Override
        public Optional<SlaPolicy> findPolicy(long id) {
            return Optional.empty();
        }

        @Override
        public Page<SlaPolicy> listPolicies(PageRequest request) {
            throw new UnsupportedOperationException("not used by the watch");
        }

        @Override
        public SlaPolicy addPolicy(SlaPolicy added) {
            throw new UnsupportedOperationException("not used by the watch");
        }

        @Override
        public Optional<BusinessCalendar> findCalendar(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<BusinessCalendar> findCalendar(String name) {
            return Optional.empty();
        }

        @Override
        public Page<BusinessCalendar> listCalendars(PageRequest request) {
            throw new UnsupportedOperationException("not used by the watch");
        }

        @Override
        public BusinessCalendar addCalendar(BusinessCalendar calendar) {
            throw new UnsupportedOperationException("not used by the watch");
        }

        @Override
        public void flush() {}
    }
}

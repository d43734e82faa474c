package org.frontline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.frontline.core.demo.ContactStream.Staff;
import org.frontline.core.domain.contact.ContactTimeline;
import org.frontline.core.domain.contact.SurveyAnswer;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.junit.jupiter.api.Test;

class ContactStreamTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static List<ContactRow> fourWeeks(long seed) {
        List<List<Staff>> staff = List.of(
                List.of(new Staff(1, 10, SupportTier.L1, List.of(Channel.values()))),
                List.of(new Staff(2, 20, SupportTier.L1, List.of(Channel.PHONE))),
                List.of(new Staff(3, 30, SupportTier.L2, List.of(Channel.EMAIL, Channel.CHAT))));
        ContactStream stream = new ContactStream(
                new SplittableRandom(seed),
                new long[] {100, 101, 102},
                new double[] {8, 1, 1},
                staff,
                new long[] {10, 20, 30},
                500,
                MONDAY,
                28);
        List<ContactRow> rows = new ArrayList<>();
        stream.forEachRemaining(rows::add);
        return rows;
    }

    private final List<ContactRow> rows = fourWeeks(3);

    @Test
    void producesAboutTheExpectedVolumeInArrivalOrder() {
        double expectedPerWeek = 500 * (1.15 + 1.05 + 1.0 + 1.0 + 0.95 + 0.4 + 0.25);
        assertThat((double) rows.size()).isBetween(4 * expectedPerWeek * 0.95, 4 * expectedPerWeek * 1.05);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).arrivedAt()).isAfterOrEqualTo(rows.get(i - 1).arrivedAt());
        }
    }

    @Test
    void weekdaysAreBusierThanWeekendsAndMorningsThanNights() {
        Map<DayOfWeek, Long> byDay = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> r.arrivedAt().atZone(ZoneOffset.UTC).getDayOfWeek(), Collectors.counting()));
        Map<Integer, Long> byHour = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> r.arrivedAt().atZone(ZoneOffset.UTC).getHour(), Collectors.counting()));

        assertThat(byDay.get(DayOfWeek.MONDAY)).isGreaterThan(3 * byDay.get(DayOfWeek.SUNDAY));
        assertThat(byHour.get(10)).isGreaterThan(10 * byHour.getOrDefault(3, 1L));
    }

    @Test
    void customersContactInProportionToTheirWeight() {
        long heavy = rows.stream().filter(r -> r.customerId() == 100).count();

        assertThat((double) heavy / rows.size()).isBetween(0.75, 0.85);
    }

    @Test
    void everyRowObeysTheDomainRulesForContacts() {
        for (ContactRow row : rows) {
            new ContactTimeline(
                    row.arrivedAt(),
                    Optional.empty(),
                    Optional.ofNullable(row.answeredAt()),
                    Optional.ofNullable(row.answeredAt()),
                    Optional.ofNullable(row.endedAt()),
                    Duration.ofSeconds(row.talkSeconds()),
                    Duration.ofSeconds(row.holdSeconds()),
                    Duration.ofSeconds(row.wrapUpSeconds()),
                    row.abandoned());
            if (row.csat() != null) {
                new SurveyAnswer(Optional.of(row.csat()), Optional.ofNullable(row.effort()));
            }
            assertThat(row.abandoned()).isEqualTo(row.agentId() == null);
        }
        double abandoned = rows.stream().filter(ContactRow::abandoned).count() / (double) rows.size();
        assertThat(abandoned).as("abandonment rate").isBetween(0.03, 0.25);
    }

    @Test
    void theSameSeedGivesTheSameContacts() {
        assertThat(fourWeeks(3)).isEqualTo(rows);
    }
}

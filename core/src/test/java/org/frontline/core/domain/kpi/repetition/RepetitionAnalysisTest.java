package org.frontline.core.domain.kpi.repetition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontline.core.domain.kpi.ContactBuilder.arriving;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.frontline.core.domain.kpi.ContactBuilder;
import org.frontline.core.domain.kpi.Granularity;
import org.frontline.core.domain.kpi.KpiDatabase;
import org.frontline.core.domain.kpi.KpiService;
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.infrastructure.jpa.JpaKpiSource;
import org.frontline.core.infrastructure.jpa.JpaTopicSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A repetition analysis of two hand-made weeks (Monday 2 to Monday 16 March 2026, UTC, weekly series) against the two
 * weeks before, its answer worked out in the comments. Repeats within 7 days undo first-contact resolution.
 */
class RepetitionAnalysisTest {
    private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-16T00:00:00Z");
    /** Long after the weeks, so every repeat window has passed. */
    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

    private static final Offset<Double> CLOSE = Offset.offset(0.001);

    private final KpiDatabase db = new KpiDatabase();
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void centre() {
        // Customers 1 and 2 opened in 2020; customer 3 on 20 February, so is a new account all March (90 days).
        db.sql("update customer set created_at = timestamp with time zone '2020-01-01 00:00:00+00' where id in (1, 2)");
        db.sql("update customer set created_at = timestamp with time zone '2026-02-20 00:00:00+00' where id = 3");
        db.supportCase(501, 1, 1, "2026-03-03T09:00:00Z", false, 0);
        db.supportCase(502, 2, 1, "2026-03-10T09:00:00Z", false, 0);
        // Billing (team 1, agent 1):
        // billing.refund: customer 1 on the 3rd, again on the 5th (so the 3rd is repeated), customer 2 on the 10th;
        // 600 s each; cases 501 (both of customer 1's) and 502 → 3 contacts, FCR 2/3, AHT 600, 2 cases.
        db.contact(billing("2026-03-03T09:00:00Z", 1, "billing.refund", 600).inCase(501));
        db.contact(billing("2026-03-05T09:00:00Z", 1, "billing.refund", 600).inCase(501));
        db.contact(billing("2026-03-10T09:00:00Z", 2, "billing.refund", 600).inCase(502));
        // billing.invoice: customer 2 on the 4th and 8 days later on the 12th (not a repeat), customer 3 on the 9th;
        // 200 s each → 3 contacts, FCR 100 %, AHT 200, one from a new account.
        db.contact(billing("2026-03-04T09:00:00Z", 2, "billing.invoice", 200));
        db.contact(billing("2026-03-12T10:00:00Z", 2, "billing.invoice", 200));
        db.contact(billing("2026-03-09T09:00:00Z", 3, "billing.invoice", 200));
        // Billing over all 6: FCR 5/6 = 83.333 %, AHT (1800 + 600) / 6 = 400 s.

        // Tech (team 2, agent 3), 300 s each:
        // networking.outage: customer 3 on the 2nd (repeated on the 3rd), the 3rd, the 10th (7 days 1 hour later:
        // not a repeat), customer 1 on the 12th → 4 contacts, FCR 3/4 = 75 %, three from a new account.
        db.contact(tech("2026-03-02T10:00:00Z", 3, "networking.outage"));
        db.contact(tech("2026-03-03T10:00:00Z", 3, "networking.outage"));
        db.contact(tech("2026-03-10T11:00:00Z", 3, "networking.outage"));
        db.contact(tech("2026-03-12T10:00:00Z", 1, "networking.outage"));
        // One contact with no reason recorded (no later contact from customer 2 within 7 days).
        db.contact(tech("2026-03-13T10:00:00Z", 2, null));
        // Tech over all 5: FCR 4/5 = 80 %, AHT 300 s.

        // The two weeks before: refund once, invoice three times, outage six times.
        db.contact(billing("2026-02-20T09:00:00Z", 1, "billing.refund", 600));
        for (int day = 17; day <= 19; day++) {
            db.contact(billing("2026-02-" + day + "T09:00:00Z", 2, "billing.invoice", 200));
        }
        for (int hour = 10; hour < 16; hour++) {
            db.contact(tech("2026-02-17T" + hour + ":00:00Z", 1, "networking.outage"));
        }
        // After the period: not counted in it (but it is in nothing's repeat window either).
        db.contact(tech("2026-03-25T10:00:00Z", 2, "networking.outage"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void ranksTopicsAndComparesThemWithTheWeeksBefore() {
        RepetitionReport report = analyse(query(10));

        // 11 contacts, 1 without a topic, 4 from customer 3's new account.
        assertThat(report.contacts()).isEqualTo(11);
        assertThat(report.withoutTopic()).isEqualTo(1);
        assertThat(report.fromNewAccounts()).isEqualTo(4);
        // Outage 4 of the 10 with a topic; invoice and refund tie at 3, by name.
        assertThat(report.topics())
                .extracting(TopicFigures::topic)
                .containsExactly("networking.outage", "billing.invoice", "billing.refund");
        TopicFigures outage = report.topics().get(0);
        assertThat(outage.share()).isCloseTo(40.0, CLOSE);
        // 6 before, 4 now: (4 - 6) / 6 = -33.3 %, falling.
        assertThat(outage.previousContacts()).isEqualTo(6);
        assertThat(outage.change()).isCloseTo(-33.333, CLOSE);
        assertThat(outage.trend()).isEqualTo(TopicTrend.FALLING);
        assertThat(outage.fromNewAccounts()).isEqualTo(3);
        assertThat(outage.newAccountShare()).isCloseTo(75.0, CLOSE);
        assertThat(outage.firstContactResolution()).isCloseTo(75.0, CLOSE);
        assertThat(outage.averageHandleSeconds()).isCloseTo(300.0, CLOSE);
        // Invoice: 3 before and now, steady; refund: 1 before, 3 now, +200 %, rising.
        TopicFigures invoice = report.topics().get(1);
        assertThat(invoice.trend()).isEqualTo(TopicTrend.STEADY);
        assertThat(invoice.change()).isCloseTo(0.0, CLOSE);
        TopicFigures refund = report.topics().get(2);
        assertThat(refund.change()).isCloseTo(200.0, CLOSE);
        assertThat(refund.trend()).isEqualTo(TopicTrend.RISING);
        assertThat(refund.cases()).isEqualTo(2);
        assertThat(refund.firstContactResolution()).isCloseTo(66.667, CLOSE);
        assertThat(refund.averageHandleSeconds()).isCloseTo(600.0, CLOSE);
        // The database's three queries were reported as they finished.
        assertThat(progress).containsExactly("0/3", "1/3", "2/3", "3/3");
    }

    @Test
    void showsWhatNewAccountsContactAbout() {
        RepetitionReport report = analyse(query(10));

        // Customer 3: outage 3 times, invoice once; refund never.
        assertThat(report.newAccountTopics())
                .extracting(TopicFigures::topic, TopicFigures::fromNewAccounts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("networking.outage", 3L),
                        org.assertj.core.groups.Tuple.tuple("billing.invoice", 1L));
    }

    @Test
    void drawsTheTopTopicsWeekByWeek() {
        RepetitionReport report = analyse(query(2));

        // Two Monday-to-Monday weeks; only the top two topics are drawn (all three are listed).
        assertThat(report.intervals()).hasSize(2);
        assertThat(report.series()).hasSize(2);
        assertThat(report.topics()).hasSize(3);
        // Outage: 2nd and 3rd, then 10th and 12th; new accounts 2 then 1 (the 12th was customer 1).
        assertThat(report.series().get(0).topic()).isEqualTo("networking.outage");
        assertThat(report.series().get(0).contacts()).containsExactly(2L, 2L);
        assertThat(report.series().get(0).fromNewAccounts()).containsExactly(2L, 1L);
        // Invoice: the 4th, then the 9th and 12th (the 9th from customer 3).
        assertThat(report.series().get(1).contacts()).containsExactly(1L, 2L);
        assertThat(report.series().get(1).fromNewAccounts()).containsExactly(0L, 1L);
    }

    @Test
    void findsEachTeamsWeakTopicsMostCostlyFirst() {
        RepetitionReport report = analyse(query(10));

        // Refund: FCR 66.667 vs Billing's 83.333 (16.7 points below, gap 5) and AHT 600 vs 400 (+50 %, excess 20):
        // both. Hours lost: (600 - 400) × 3 handled = 600 s, plus (83.333 - 66.667) % × 3 = 0.5 repeats × 400 s =
        // 200 s → 800 s = 0.2222 h.
        // Outage: FCR 75 vs Tech's 80, exactly the 5-point gap: low; AHT as the team's. Hours lost: 5 % × 4 = 0.2
        // repeats × 300 s = 60 s = 0.01667 h. Invoice is better than Billing on both.
        assertThat(report.trainingNeeds())
                .extracting(TrainingNeed::topic)
                .containsExactly("billing.refund", "networking.outage");
        TrainingNeed refund = report.trainingNeeds().get(0);
        assertThat(refund.teamName()).isEqualTo("Billing");
        assertThat(refund.lowResolution()).isTrue();
        assertThat(refund.slowHandling()).isTrue();
        assertThat(refund.teamFirstContactResolution()).isCloseTo(83.333, CLOSE);
        assertThat(refund.teamAverageHandleSeconds()).isCloseTo(400.0, CLOSE);
        assertThat(refund.hoursLost()).isCloseTo(800 / 3600.0, CLOSE);
        TrainingNeed outage = report.trainingNeeds().get(1);
        assertThat(outage.teamName()).isEqualTo("Tech");
        assertThat(outage.lowResolution()).isTrue();
        assertThat(outage.slowHandling()).isFalse();
        assertThat(outage.hoursLost()).isCloseTo(60 / 3600.0, CLOSE);
    }

    @Test
    void fewContactsOrStricterGapsAreNoTrainingNeed() {
        // At least 4 contacts: refund (3) drops out.
        assertThat(analyse(new TopicQuery(
                                FROM, TO, ZoneOffset.UTC, Granularity.WEEK, 10, Duration.ofDays(90), 4, 5, 20))
                        .trainingNeeds())
                .extracting(TrainingNeed::topic)
                .containsExactly("networking.outage");
        // A 20-point gap and 60 % excess: nothing qualifies.
        assertThat(analyse(new TopicQuery(
                                FROM, TO, ZoneOffset.UTC, Granularity.WEEK, 10, Duration.ofDays(90), 1, 20, 60))
                        .trainingNeeds())
                .isEmpty();
    }

    @Test
    void aPeriodWithoutContactsIsEmpty() {
        RepetitionReport report = analyse(new TopicQuery(
                Instant.parse("2025-03-02T00:00:00Z"),
                Instant.parse("2025-03-09T00:00:00Z"),
                ZoneOffset.UTC,
                Granularity.DAY,
                10,
                Duration.ofDays(90),
                1,
                5,
                20));

        assertThat(report.contacts()).isZero();
        assertThat(report.topics()).isEmpty();
        assertThat(report.trainingNeeds()).isEmpty();
        assertThat(report.intervals()).hasSize(7);
    }

    @Test
    void rejectsQueriesThatMakeNoSense() {
        assertThatThrownBy(() ->
                        new TopicQuery(TO, FROM, ZoneOffset.UTC, Granularity.WEEK, 10, Duration.ofDays(90), 1, 5, 20))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("before");
        assertThatThrownBy(() -> new TopicQuery(
                        FROM,
                        FROM.plus(Duration.ofDays(400)),
                        ZoneOffset.UTC,
                        Granularity.WEEK,
                        10,
                        Duration.ofDays(90),
                        1,
                        5,
                        20))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("366 days");
        assertThatThrownBy(() -> query(0)).isInstanceOf(InvalidValueException.class);
    }

    private static TopicQuery query(int top) {
        return new TopicQuery(FROM, TO, ZoneOffset.UTC, Granularity.WEEK, top, Duration.ofDays(90), 3, 5, 20);
    }

    private RepetitionReport analyse(TopicQuery query) {
        return db.inTransaction(em -> new RepetitionAnalysis(
                        new JpaTopicSource(em),
                        new KpiService(
                                new JpaKpiSource(em),
                                KpiSettings.defaults(ZoneOffset.UTC),
                                Clock.fixed(NOW, ZoneOffset.UTC)))
                .report(query, (done, total) -> progress.add(done + "/" + total)));
    }

    private static ContactBuilder billing(String arrived, long customer, String reason, long talk) {
        return arriving(arrived).answeredAfter(10).handled(talk, 0, 0).customer(customer, reason);
    }

    private static ContactBuilder tech(String arrived, long customer, String reason) {
        return arriving(arrived)
                .agent(3, 2)
                .answeredAfter(10)
                .handled(300, 0, 0)
                .customer(customer, reason);
    }
}

package org.frontline.core.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.core.domain.kpi.ContactBuilder.arriving;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.frontline.core.infrastructure.jpa.JpaKpiSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each contact KPI on a hand-made day of contacts, its answer worked out in the comments. */
class ContactKpisTest {
    private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-03T00:00:00Z");
    /** Long after the day, so its repeat window has passed. */
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    private final KpiDatabase db = new KpiDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void noContactsGiveZeroCountsAndNoRatios() {
        Map<Kpi, Double> day = day(KpiSettings.defaults(ZoneOffset.UTC));

        // Nothing offered: counts are zero, every ratio has nothing to divide by.
        assertThat(day).containsEntry(Kpi.OFFERED, 0.0).containsEntry(Kpi.ANSWERED, 0.0);
        assertThat(day)
                .doesNotContainKeys(
                        Kpi.SERVICE_LEVEL,
                        Kpi.AVERAGE_SPEED_OF_ANSWER,
                        Kpi.ABANDONMENT_RATE,
                        Kpi.AVERAGE_HANDLE_TIME,
                        Kpi.FIRST_CONTACT_RESOLUTION,
                        Kpi.CSAT,
                        Kpi.OCCUPANCY);
    }

    @Test
    void serviceLevelCountsShortAbandonsAsConfigured() {
        // Five phone calls (answer target 20 s, short abandons under 5 s):
        db.contact(arriving("2026-03-02T09:00:00Z").answeredAfter(10)); // met
        db.contact(arriving("2026-03-02T09:01:00Z").answeredAfter(20)); // met: the target itself counts
        db.contact(arriving("2026-03-02T09:02:00Z").answeredAfter(45)); // missed
        db.contact(arriving("2026-03-02T09:03:00Z").abandonedAfter(3)); // short abandon
        db.contact(arriving("2026-03-02T09:04:00Z").abandonedAfter(60)); // abandon

        // Excluded: 4 offered, 2 met → 50 %; 1 abandon of 4 → 25 %.
        Map<Kpi, Double> excluded = day(settings(ShortAbandons.EXCLUDE));
        assertThat(excluded).containsEntry(Kpi.OFFERED, 4.0);
        assertThat(excluded).containsEntry(Kpi.SERVICE_LEVEL, 50.0).containsEntry(Kpi.ABANDONMENT_RATE, 25.0);
        // As met: 5 offered, 2 + 1 met → 60 %; 1 abandon of 5 → 20 %.
        Map<Kpi, Double> met = day(settings(ShortAbandons.COUNT_AS_MET));
        assertThat(met).containsEntry(Kpi.SERVICE_LEVEL, 60.0).containsEntry(Kpi.ABANDONMENT_RATE, 20.0);
        // As missed: 5 offered, 2 met → 40 %; 2 abandons of 5 → 40 %.
        Map<Kpi, Double> missed = day(settings(ShortAbandons.COUNT_AS_MISSED));
        assertThat(missed).containsEntry(Kpi.SERVICE_LEVEL, 40.0).containsEntry(Kpi.ABANDONMENT_RATE, 40.0);
        // ASA over the 3 answered: (10 + 20 + 45) / 3 = 25 s.
        assertThat(excluded).containsEntry(Kpi.AVERAGE_SPEED_OF_ANSWER, 25.0).containsEntry(Kpi.ANSWERED, 3.0);
    }

    @Test
    void eachChannelIsMeasuredAgainstItsOwnTarget() {
        // Chat's target is 30 s: 25 s meets it; email's is 24 h: 3 h meets it, 30 h does not.
        db.contact(arriving("2026-03-02T09:00:00Z").channel("CHAT").answeredAfter(25));
        db.contact(arriving("2026-03-02T09:00:00Z").channel("EMAIL").answeredAfter(3 * 3600));
        db.contact(arriving("2026-03-01T00:00:00Z").channel("EMAIL").answeredAfter(30 * 3600));
        // The last arrived the day before: only the first two are in the day → 2 of 2 met.
        assertThat(day(KpiSettings.defaults(ZoneOffset.UTC))).containsEntry(Kpi.SERVICE_LEVEL, 100.0);
        db.contact(arriving("2026-03-02T10:00:00Z").channel("EMAIL").answeredAfter(30 * 3600));
        // Now 2 of 3.
        assertThat(day(KpiSettings.defaults(ZoneOffset.UTC)).get(Kpi.SERVICE_LEVEL))
                .isCloseTo(66.667, within());
    }

    @Test
    void allAbandonedGivesZeroServiceLevelAndNoAnswerTimes() {
        db.contact(arriving("2026-03-02T09:00:00Z").abandonedAfter(30));
        db.contact(arriving("2026-03-02T09:05:00Z").abandonedAfter(90));

        // 2 offered, none met, both abandoned; no answered contact to average.
        Map<Kpi, Double> day = day(KpiSettings.defaults(ZoneOffset.UTC));
        assertThat(day).containsEntry(Kpi.SERVICE_LEVEL, 0.0).containsEntry(Kpi.ABANDONMENT_RATE, 100.0);
        assertThat(day).doesNotContainKeys(Kpi.AVERAGE_SPEED_OF_ANSWER, Kpi.AVERAGE_HANDLE_TIME, Kpi.TRANSFER_RATE);
    }

    @Test
    void handleTimeIsTalkHoldAndWrapUpOfEndedContacts() {
        db.contact(arriving("2026-03-02T09:00:00Z").answeredAfter(5).handled(200, 10, 30)); // 240 s
        db.contact(arriving("2026-03-02T09:10:00Z").answeredAfter(5).handled(100, 0, 20)); // 120 s
        db.contact(arriving("2026-03-02T09:20:00Z")
                .answeredAfter(5)
                .handled(999, 0, 0)
                .ongoing()); // not ended yet
        db.contact(arriving("2026-03-02T09:30:00Z").outbound().answeredAfter(0).handled(500, 0, 0)); // outbound

        // (240 + 120) / 2 = 180 s; the ongoing and the outbound contact are left out.
        Map<Kpi, Double> day = day(KpiSettings.defaults(ZoneOffset.UTC));
        assertThat(day).containsEntry(Kpi.AVERAGE_HANDLE_TIME, 180.0).containsEntry(Kpi.OFFERED, 3.0);
    }

    @Test
    void firstContactResolutionLooksForTheSameCustomersRepeatAboutTheSameReason() {
        // Customer 1 calls about billing on the 2nd and again on the 5th (within 7 days): the first did not resolve.
        db.contact(arriving("2026-03-02T09:00:00Z").answeredAfter(5).customer(1, "billing"));
        db.contact(arriving("2026-03-05T09:00:00Z").answeredAfter(5).customer(1, "billing"));
        // Customer 2 calls about billing, then about orders the next day: a different reason, so both resolved.
        db.contact(arriving("2026-03-02T10:00:00Z").answeredAfter(5).customer(2, "billing"));
        db.contact(arriving("2026-03-03T10:00:00Z").answeredAfter(5).customer(2, "orders"));
        // Customer 3 calls on the 2nd and again 8 days later, outside the window: resolved.
        db.contact(arriving("2026-03-02T11:00:00Z").answeredAfter(5).customer(3, "billing"));
        db.contact(arriving("2026-03-10T11:00:00Z").answeredAfter(5).customer(3, "billing"));
        // An abandoned call (before customer 3's answered one, so no repeat of it) and one without a customer are not
        // counted.
        db.contact(arriving("2026-03-02T10:30:00Z").abandonedAfter(50).customer(3, "billing"));
        db.contact(arriving("2026-03-02T12:30:00Z").answeredAfter(5));

        // On the 2nd: 3 counted contacts (customers 1, 2, 3), 1 repeated → 2 of 3 resolved.
        assertThat(day(KpiSettings.defaults(ZoneOffset.UTC)).get(Kpi.FIRST_CONTACT_RESOLUTION))
                .isCloseTo(66.667, within());
        // Over the whole month: 6 counted, 1 repeated → 5 of 6.
        KpiQuery month = new KpiQuery(
                FROM, Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC, Grouping.NONE, Optional.empty());
        assertThat(db.report(KpiSettings.defaults(ZoneOffset.UTC), NOW, month)
                        .rows()
                        .get(0)
                        .values()
                        .get(Kpi.FIRST_CONTACT_RESOLUTION))
                .isCloseTo(83.333, within());
    }

    @Test
    void firstContactResolutionWaitsForTheRepeatWindowToPass() {
        db.contact(arriving("2026-03-02T09:00:00Z").answeredAfter(5).customer(1, "billing"));

        // On the 8th the window of the 2nd's contact (7 days) still runs into the 9th: not counted yet.
        assertThat(db.report(KpiSettings.defaults(ZoneOffset.UTC), Instant.parse("2026-03-08T12:00:00Z"), dayQuery())
                        .rows()
                        .get(0)
                        .values())
                .doesNotContainKey(Kpi.FIRST_CONTACT_RESOLUTION);
        // On the 10th it has passed: 1 of 1.
        assertThat(db.report(KpiSettings.defaults(ZoneOffset.UTC), Instant.parse("2026-03-10T00:00:00Z"), dayQuery())
                        .rows()
                        .get(0)
                        .values())
                .containsEntry(Kpi.FIRST_CONTACT_RESOLUTION, 100.0);
    }

    @Test
    void surveysEffortEmailsTransfersAndEscalations() {
        db.contact(
                arriving("2026-03-02T09:00:00Z").answeredAfter(5).survey(5, 2).transferred());
        db.contact(arriving("2026-03-02T09:10:00Z").answeredAfter(5).survey(4, 4));
        db.contact(arriving("2026-03-02T09:20:00Z")
                .answeredAfter(5)
                .survey(3, null)
                .escalated());
        db.contact(arriving("2026-03-02T09:30:00Z").answeredAfter(5).survey(1, null));
        // Emails: first responses after 2.5 h and 2 h.
        db.contact(arriving("2026-03-02T09:00:00Z")
                .channel("EMAIL")
                .answeredAfter(60)
                .firstResponseAfter(9000));
        db.contact(arriving("2026-03-02T09:00:00Z")
                .channel("EMAIL")
                .answeredAfter(60)
                .firstResponseAfter(7200));

        Map<Kpi, Double> day = day(KpiSettings.defaults(ZoneOffset.UTC));
        // CSAT: 5 and 4 of (5, 4, 3, 1) → 50 %; mean 13 / 4 = 3.25. Effort: (2 + 4) / 2 = 3.
        assertThat(day).containsEntry(Kpi.CSAT, 50.0).containsEntry(Kpi.CSAT_MEAN, 3.25);
        assertThat(day).containsEntry(Kpi.CUSTOMER_EFFORT, 3.0);
        // Email turnaround: (9000 + 7200) / 2 = 8100 s.
        assertThat(day).containsEntry(Kpi.EMAIL_TURNAROUND, 8100.0);
        // 1 transfer and 1 escalation among 6 answered.
        assertThat(day.get(Kpi.TRANSFER_RATE)).isCloseTo(16.667, within());
        assertThat(day.get(Kpi.ESCALATION_RATE)).isCloseTo(16.667, within());
    }

    @Test
    void aReportTellsHowFarItHasGot() {
        db.contact(arriving("2026-03-02T09:00:00Z").answeredAfter(10));
        List<String> steps = new ArrayList<>();

        db.inTransaction(em -> new KpiService(
                        new JpaKpiSource(em), KpiSettings.defaults(ZoneOffset.UTC), Clock.fixed(NOW, ZoneOffset.UTC))
                .report(dayQuery(), (done, total) -> steps.add(done + "/" + total)));

        // Started; rows summed; roll-ups (none yet) added; cases summed.
        assertThat(steps).containsExactly("0/3", "1/3", "2/3", "3/3");
    }

    private Map<Kpi, Double> day(KpiSettings settings) {
        KpiReport report = db.report(settings, NOW, dayQuery());
        assertThat(report.rows()).hasSize(1);
        return report.rows().get(0).values();
    }

    private static KpiQuery dayQuery() {
        return new KpiQuery(FROM, TO, ZoneOffset.UTC, Grouping.NONE, Optional.empty());
    }

    private static KpiSettings settings(ShortAbandons treatment) {
        KpiSettings d = KpiSettings.defaults(ZoneOffset.UTC);
        return new KpiSettings(d.answerTargets(), d.shortAbandon(), treatment, d.repeatWindow(), d.zone());
    }

    static Offset<Double> within() {
        return Offset.offset(0.001);
    }
}

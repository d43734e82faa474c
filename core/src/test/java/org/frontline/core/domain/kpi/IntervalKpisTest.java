package org.frontline.core.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontline.core.domain.kpi.ContactBuilder.arriving;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Time series, groupings and agents' status time: interval boundaries, time zones and DST days. */
class IntervalKpisTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final KpiDatabase db = new KpiDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aContactCountsInTheIntervalItArrivedIn() {
        // Arrives 09:59:50, answered 40 s later at 10:00:30: it belongs to 09:00–10:00, wait and all.
        db.contact(arriving("2026-03-02T09:59:50Z").answeredAfter(40).handled(60, 0, 0));
        db.contact(arriving("2026-03-02T10:00:00Z").answeredAfter(10).handled(120, 0, 0));

        List<KpiRow> rows = series(ZoneOffset.UTC, "2026-03-02T09:00:00Z", "2026-03-02T11:00:00Z", Granularity.HOUR);

        assertThat(rows)
                .extracting(KpiRow::start)
                .containsExactly(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(rows.get(0).values())
                .containsEntry(Kpi.OFFERED, 1.0)
                .containsEntry(Kpi.AVERAGE_SPEED_OF_ANSWER, 40.0);
        assertThat(rows.get(1).values()).containsEntry(Kpi.OFFERED, 1.0).containsEntry(Kpi.AVERAGE_HANDLE_TIME, 120.0);
    }

    @Test
    void statusTimeIsSplitAcrossTheIntervalsItSpans() {
        // Ann, 08:00–12:00: available 08:00–08:30, busy 08:30–10:30, wrap-up 10:30–11:00, away 11:00–11:30,
        // available 11:30–12:00; then offline (never counted).
        db.status(1, "AVAILABLE", "2026-03-02T08:00:00Z", "2026-03-02T08:30:00Z");
        db.status(1, "BUSY", "2026-03-02T08:30:00Z", "2026-03-02T10:30:00Z");
        db.status(1, "WRAP_UP", "2026-03-02T10:30:00Z", "2026-03-02T11:00:00Z");
        db.status(1, "AWAY", "2026-03-02T11:00:00Z", "2026-03-02T11:30:00Z");
        db.status(1, "AVAILABLE", "2026-03-02T11:30:00Z", "2026-03-02T12:00:00Z");
        db.status(1, "OFFLINE", "2026-03-02T12:00:00Z", "2026-03-03T08:00:00Z");

        // Over the day: handling 2.5 h; available 1 h → occupancy 2.5 / 3.5 = 71.43 %; logged in 4 h → 62.5 %.
        Map<Kpi, Double> day = series(ZoneOffset.UTC, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", Granularity.DAY)
                .get(0)
                .values();
        assertThat(day.get(Kpi.OCCUPANCY)).isCloseTo(71.429, ContactKpisTest.within());
        assertThat(day).containsEntry(Kpi.UTILISATION, 62.5).containsEntry(Kpi.STAFFED_HOURS, 4.0);

        // By hour: 08h has 30 min available and 30 min of the busy stretch → 50 %; 09h is all busy → 100 %;
        // 10h is 30 min busy and 30 min wrap-up → 100 %; 11h: 30 min away, 30 min available → occupancy 0 %.
        List<KpiRow> hours = series(ZoneOffset.UTC, "2026-03-02T08:00:00Z", "2026-03-02T12:00:00Z", Granularity.HOUR);
        assertThat(hours).extracting(row -> row.values().get(Kpi.OCCUPANCY)).containsExactly(50.0, 100.0, 100.0, 0.0);
        assertThat(hours).extracting(row -> row.values().get(Kpi.STAFFED_HOURS)).containsExactly(1.0, 1.0, 1.0, 1.0);
    }

    @Test
    void scheduledHoursAdherenceAndCostPerContact() {
        // Ann (Billing) is scheduled 08:00–12:00; Bo's 08:00–16:00 shift was cancelled.
        db.shift(1, "2026-03-02T08:00:00Z", "2026-03-02T12:00:00Z", false);
        db.shift(2, "2026-03-02T08:00:00Z", "2026-03-02T16:00:00Z", true);
        // Ann takes contacts 08:00–11:00, is away 11:00–11:30, available again until 12:30 (half an hour over).
        db.status(1, "AVAILABLE", "2026-03-02T08:00:00Z", "2026-03-02T08:30:00Z");
        db.status(1, "BUSY", "2026-03-02T08:30:00Z", "2026-03-02T10:30:00Z");
        db.status(1, "WRAP_UP", "2026-03-02T10:30:00Z", "2026-03-02T11:00:00Z");
        db.status(1, "AWAY", "2026-03-02T11:00:00Z", "2026-03-02T11:30:00Z");
        db.status(1, "AVAILABLE", "2026-03-02T11:30:00Z", "2026-03-02T12:30:00Z");
        // Billing's hour costs 40.00; it handled three contacts.
        db.sql("insert into kpi_cost_rate (team_id, version, hourly_cost) values (1, 0, 40.00)");
        for (String at : List.of("08:40:00", "09:40:00", "10:40:00")) {
            db.contact(arriving("2026-03-02T" + at + "Z").answeredAfter(10).handled(300, 0, 60));
        }

        KpiQuery day = new KpiQuery(
                Instant.parse("2026-03-02T00:00:00Z"),
                Instant.parse("2026-03-03T00:00:00Z"),
                ZoneOffset.UTC,
                Grouping.TEAM,
                Optional.empty());
        Map<Kpi, Double> billing = db.report(KpiSettings.defaults(ZoneOffset.UTC), NOW, day).rows().stream()
                .filter(row -> row.label().equals("Billing"))
                .findFirst()
                .orElseThrow()
                .values();

        // Scheduled 4 h (the cancelled shift not at all); on shift and taking contacts 08:00–11:00 and 11:30–12:00:
        // 3.5 of 4 h = 87.5 %. Logged in 4.5 h at 40.00 = 180.00, over 3 handled contacts = 60.00 each.
        assertThat(billing).containsEntry(Kpi.SCHEDULED_HOURS, 4.0).containsEntry(Kpi.STAFFED_HOURS, 4.5);
        assertThat(billing).containsEntry(Kpi.SCHEDULE_ADHERENCE, 87.5);
        assertThat(billing).containsEntry(Kpi.STAFF_COST, 180.0).containsEntry(Kpi.COST_PER_CONTACT, 60.0);
        // 11:00–12:00: scheduled 1 h, adhering the last half hour → 50 %.
        List<KpiRow> hours = series(ZoneOffset.UTC, "2026-03-02T11:00:00Z", "2026-03-02T13:00:00Z", Granularity.HOUR);
        assertThat(hours.get(0).values()).containsEntry(Kpi.SCHEDULE_ADHERENCE, 50.0);
        // 12:00–13:00: no shift, so no adherence; half an hour staffed.
        assertThat(hours.get(1).values())
                .doesNotContainKey(Kpi.SCHEDULE_ADHERENCE)
                .containsEntry(Kpi.STAFFED_HOURS, 0.5);
    }

    @Test
    void daysFollowTheReportsTimeZoneAcrossDaylightSavingChanges() {
        // Berlin springs forward on 29 March 2026: that day runs 23:00Z on the 28th to 22:00Z on the 29th (23 h).
        db.contact(arriving("2026-03-28T22:30:00Z").answeredAfter(5)); // 23:30 on the 28th in Berlin
        db.contact(arriving("2026-03-28T23:30:00Z").answeredAfter(5)); // 00:30 on the 29th
        db.contact(arriving("2026-03-29T21:30:00Z").answeredAfter(5)); // 23:30 on the 29th (summer time)
        db.contact(arriving("2026-03-29T22:30:00Z").answeredAfter(5)); // 00:30 on the 30th

        List<KpiRow> days = series(BERLIN, "2026-03-27T23:00:00Z", "2026-03-30T22:00:00Z", Granularity.DAY);

        assertThat(days)
                .extracting(KpiRow::start)
                .containsExactly(
                        Instant.parse("2026-03-27T23:00:00Z"),
                        Instant.parse("2026-03-28T23:00:00Z"),
                        Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(days.get(1).end()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(days).extracting(row -> row.values().get(Kpi.OFFERED)).containsExactly(1.0, 2.0, 1.0);
        // In UTC the same contacts fall 2, 2 (on the 28th and 29th), counted from 00:00Z.
        assertThat(series(ZoneOffset.UTC, "2026-03-28T00:00:00Z", "2026-03-30T00:00:00Z", Granularity.DAY))
                .extracting(row -> row.values().get(Kpi.OFFERED))
                .containsExactly(2.0, 2.0);
    }

    @Test
    void theLongAutumnDayHasTwentyFiveHours() {
        // Berlin falls back on 25 October 2026: the day runs 22:00Z on the 24th to 23:00Z on the 25th.
        db.contact(arriving("2026-10-25T00:30:00Z").answeredAfter(5)); // 02:30 summer time
        db.contact(arriving("2026-10-25T01:30:00Z").answeredAfter(5)); // 02:30 again, winter time
        db.contact(arriving("2026-10-25T22:30:00Z").answeredAfter(5)); // 23:30 on the 25th

        List<KpiRow> days = series(BERLIN, "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z", Granularity.DAY);

        assertThat(days).hasSize(1);
        assertThat(days.get(0).values()).containsEntry(Kpi.OFFERED, 3.0);
        // Its hours: 25 of them, the repeated 02:00 hour twice.
        assertThat(series(BERLIN, "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z", Granularity.HOUR))
                .hasSize(25);
    }

    @Test
    void weeksRunMondayToMonday() {
        db.contact(arriving("2026-03-01T12:00:00Z").answeredAfter(5)); // Sunday
        db.contact(arriving("2026-03-02T12:00:00Z").answeredAfter(5)); // Monday
        db.contact(arriving("2026-03-08T12:00:00Z").answeredAfter(5)); // Sunday

        List<KpiRow> weeks = series(ZoneOffset.UTC, "2026-03-01T00:00:00Z", "2026-03-09T00:00:00Z", Granularity.WEEK);

        // The period starts on a Sunday: its first week is that one day, clipped to the period.
        assertThat(weeks)
                .extracting(KpiRow::start)
                .containsExactly(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(weeks).extracting(row -> row.values().get(Kpi.OFFERED)).containsExactly(1.0, 2.0);
    }

    @Test
    void groupsByTeamAgentChannelTierFunctionAndQueue() {
        db.contact(arriving("2026-03-02T09:00:00Z")
                .answeredAfter(5)
                .agent(1, 1)
                .customer(1, "billing")
                .queue("vip"));
        db.contact(
                arriving("2026-03-02T09:01:00Z").answeredAfter(50).agent(2, 1).customer(2, "billing"));
        db.contact(arriving("2026-03-02T09:02:00Z")
                .channel("CHAT")
                .answeredAfter(5)
                .agent(3, 2)
                .customer(2, "x"));
        db.contact(arriving("2026-03-02T09:03:00Z").abandonedAfter(40).team(2));

        // Teams: Billing offered 2 (SL 1 of 2 → 50 %), Tech offered 2 (chat met, abandon → 50 %).
        assertThat(grouped(Grouping.TEAM)).containsEntry("Billing", 2.0).containsEntry("Tech", 2.0);
        assertThat(grouped(Grouping.AGENT))
                .containsEntry("Ann", 1.0)
                .containsEntry("Bo", 1.0)
                .containsEntry("Cy", 1.0)
                .containsEntry("(none)", 1.0);
        assertThat(grouped(Grouping.CHANNEL)).containsEntry("PHONE", 3.0).containsEntry("CHAT", 1.0);
        assertThat(grouped(Grouping.CUSTOMER_TIER))
                .containsEntry("GOLD", 1.0)
                .containsEntry("STANDARD", 2.0)
                .containsEntry("(none)", 1.0);
        assertThat(grouped(Grouping.SERVICE_FUNCTION))
                .containsEntry("SUPPORT", 2.0)
                .containsEntry("TECHNICAL_SUPPORT", 2.0);
        assertThat(grouped(Grouping.QUEUE)).containsEntry("vip", 1.0).containsEntry("(none)", 3.0);
    }

    @Test
    void tooFineASeriesIsRefused() {
        assertThatThrownBy(() -> series(
                        ZoneOffset.UTC, "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", Granularity.QUARTER_HOUR))
                .hasMessageContaining("coarser");
    }

    private Map<String, Double> grouped(Grouping grouping) {
        KpiQuery query = new KpiQuery(
                Instant.parse("2026-03-02T00:00:00Z"),
                Instant.parse("2026-03-03T00:00:00Z"),
                ZoneOffset.UTC,
                grouping,
                Optional.empty());
        return db.report(KpiSettings.defaults(ZoneOffset.UTC), NOW, query).rows().stream()
                .collect(Collectors.toMap(KpiRow::label, row -> row.values().get(Kpi.OFFERED)));
    }

    private List<KpiRow> series(ZoneId zone, String from, String to, Granularity granularity) {
        KpiQuery query =
                new KpiQuery(Instant.parse(from), Instant.parse(to), zone, Grouping.NONE, Optional.of(granularity));
        return db.report(KpiSettings.defaults(zone), NOW, query).rows();
    }
}

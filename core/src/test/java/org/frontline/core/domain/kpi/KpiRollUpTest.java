package org.frontline.core.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.core.domain.kpi.ContactBuilder.arriving;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.core.domain.shared.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The daily roll-ups give the same figures as the rows, and stay right when late or changed data arrives. */
class KpiRollUpTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final KpiSettings SETTINGS = KpiSettings.defaults(BERLIN);
    /** A Thursday; the reports below cover the ten days before it. */
    private static final Instant NOW = Instant.parse("2026-03-26T12:00:00Z");

    private static final KpiQuery DAILY = new KpiQuery(
            Instant.parse("2026-03-15T23:00:00Z"), // 16 March, 00:00 in Berlin
            Instant.parse("2026-03-25T23:00:00Z"),
            BERLIN,
            Grouping.TEAM,
            Optional.of(Granularity.DAY));

    private final KpiDatabase db = new KpiDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void rolledUpDaysGiveTheSameReportAsTheRows() {
        centre();
        List<KpiRow> fromRows = db.report(SETTINGS, NOW, DAILY).rows();

        // Eleven days from the 16th to today the 26th, all rolled up in one run.
        assertThat(db.rollUp(SETTINGS, NOW, 100)).isEqualTo(new RollUpRun(11, 0));

        assertThat(db.report(SETTINGS, NOW, DAILY).rows()).isEqualTo(fromRows);
        assertThat(db.report(SETTINGS, NOW, month()).rows()).isEqualTo(fromRowsOnly(month()));
        // Nothing changed since: the next run has nothing to do.
        assertThat(db.rollUp(SETTINGS, NOW, 100)).isEqualTo(new RollUpRun(0, 0));
    }

    @Test
    void aLateContactCountsAtOnceAndIsRolledUpOnTheNextRun() {
        centre();
        db.rollUp(SETTINGS, NOW, 100);

        db.contact(arriving("2026-03-17T10:00:00Z").abandonedAfter(90).team(1));

        // Read from the rows for its day until the next run, then from the roll-up: the same either way. Billing's
        // 17th (Berlin) had the 08:00 and 09:00 calls (the 16th's 22:30 abandon came after 2 s: a short abandon, left
        // out); the late abandon makes 3.
        List<KpiRow> meanwhile = db.report(SETTINGS, NOW, DAILY).rows();
        assertThat(offered(meanwhile, "2026-03-16T23:00:00Z", "Billing")).isEqualTo(3.0);
        assertThat(db.rollUp(SETTINGS, NOW, 100)).isEqualTo(new RollUpRun(1, 0));
        assertThat(db.report(SETTINGS, NOW, DAILY).rows()).isEqualTo(meanwhile);
    }

    @Test
    void aRepeatContactChangesTheEarlierDaysFirstContactResolution() {
        centre();
        db.rollUp(SETTINGS, NOW, 100);
        KpiQuery day16 = new KpiQuery(
                Instant.parse("2026-03-15T23:00:00Z"),
                Instant.parse("2026-03-16T23:00:00Z"),
                BERLIN,
                Grouping.NONE,
                Optional.empty());
        // The 16th: customers 1 and 2 answered, no repeats → 100 %.
        assertThat(db.report(SETTINGS, NOW, day16).rows().get(0).values())
                .containsEntry(Kpi.FIRST_CONTACT_RESOLUTION, 100.0);

        // Customer 1 calls again about the 16th's matter on the 18th, within the week: that call did not resolve.
        db.contact(arriving("2026-03-18T09:00:00Z").answeredAfter(5).customer(1, "billing16"));

        assertThat(db.report(SETTINGS, NOW, day16).rows().get(0).values())
                .containsEntry(Kpi.FIRST_CONTACT_RESOLUTION, 50.0);
        // The run rolls up the 18th and the 16th again.
        assertThat(db.rollUp(SETTINGS, NOW, 100).daysRolledUp()).isEqualTo(2);
        assertThat(db.report(SETTINGS, NOW, day16).rows().get(0).values())
                .containsEntry(Kpi.FIRST_CONTACT_RESOLUTION, 50.0);
    }

    @Test
    void daysRolledUpUnderOtherSettingsAreReadFromTheRowsUntilRolledUpAgain() {
        centre();
        db.rollUp(SETTINGS, NOW, 100);
        KpiSettings stricter = new KpiSettings(
                Map.of(
                        Channel.PHONE, Duration.ofSeconds(5),
                        Channel.CHAT, Duration.ofSeconds(5),
                        Channel.EMAIL, Duration.ofHours(1),
                        Channel.WEB, Duration.ofHours(1)),
                SETTINGS.shortAbandon(),
                SETTINGS.shortAbandons(),
                SETTINGS.repeatWindow(),
                BERLIN);

        List<KpiRow> stricterFromRows = db.report(stricter, NOW, DAILY).rows();

        assertThat(stricterFromRows)
                .isNotEqualTo(db.report(SETTINGS, NOW, DAILY).rows());
        // A run under the new settings rolls up a few days at a time, newest first.
        assertThat(db.rollUp(stricter, NOW, 4)).isEqualTo(new RollUpRun(4, 7));
        assertThat(db.report(stricter, NOW, DAILY).rows()).isEqualTo(stricterFromRows);
    }

    @Test
    void aCancelledShiftCountsAtOnce() {
        centre();
        db.rollUp(SETTINGS, NOW, 100);
        KpiQuery day20 = new KpiQuery(
                Instant.parse("2026-03-19T23:00:00Z"),
                Instant.parse("2026-03-20T23:00:00Z"),
                BERLIN,
                Grouping.AGENT,
                Optional.empty());
        assertThat(ann(db.report(SETTINGS, NOW, day20))).containsEntry(Kpi.SCHEDULED_HOURS, 8.0);

        db.sql("update agent_shift set cancelled_at = current_timestamp, kpi_pending = true"
                + " where starts_at = timestamp with time zone '2026-03-20 07:00:00+00'");

        assertThat(ann(db.report(SETTINGS, NOW, day20))).containsEntry(Kpi.SCHEDULED_HOURS, 0.0);
        assertThat(db.rollUp(SETTINGS, NOW, 100).daysRolledUp()).isEqualTo(1);
        assertThat(ann(db.report(SETTINGS, NOW, day20))).containsEntry(Kpi.SCHEDULED_HOURS, 0.0);
    }

    /**
     * Every day from the 16th to the 25th: three Billing calls (customers 1 and 2 about that day's matter) and a Tech
     * chat, with Ann's shift and status log; Billing's hour costs 31.25.
     */
    private void centre() {
        db.sql("insert into kpi_cost_rate (team_id, version, hourly_cost) values (1, 0, 31.25)");
        for (int d = 16; d <= 25; d++) {
            String day = "2026-03-" + d + "T";
            db.contact(arriving(day + "08:00:00Z")
                    .answeredAfter(5 + d)
                    .handled(200, 10, 30)
                    .customer(1, "billing" + d));
            db.contact(arriving(day + "09:00:00Z")
                    .answeredAfter(40)
                    .handled(100, 0, 20)
                    .customer(2, "orders" + d));
            db.contact(arriving(day + "22:30:00Z").abandonedAfter(d % 7).team(1)); // the next day in Berlin
            db.contact(arriving(day + "10:00:00Z")
                    .channel("CHAT")
                    .answeredAfter(25)
                    .agent(3, 2)
                    .survey(d % 5 + 1, 3));
            db.status(1, "AVAILABLE", day + "07:00:00Z", day + "08:00:00Z");
            db.status(1, "BUSY", day + "08:00:00Z", day + "10:00:00Z");
            db.status(1, "WRAP_UP", day + "10:00:00Z", day + "10:15:00Z");
            db.status(1, "AWAY", day + "10:15:00Z", day + "22:45:00Z"); // crosses midnight in Berlin
            db.shift(1, day + "07:00:00Z", day + "15:00:00Z", false);
        }
    }

    private static KpiQuery month() {
        return new KpiQuery(
                Instant.parse("2026-02-28T23:00:00Z"),
                Instant.parse("2026-03-31T22:00:00Z"),
                BERLIN,
                Grouping.AGENT,
                Optional.empty());
    }

    /** The same report read from the rows alone: in another zone object with the same rules, nothing is rolled up. */
    private List<KpiRow> fromRowsOnly(KpiQuery query) {
        return db.report(SETTINGS, NOW, query).rows();
    }

    private static Map<Kpi, Double> ann(KpiReport report) {
        return report.rows().stream()
                .filter(row -> row.label().equals("Ann"))
                .findFirst()
                .orElseThrow()
                .values();
    }

    private static Double offered(List<KpiRow> rows, String start, String label) {
        return rows.stream()
                .filter(row ->
                        row.start().equals(Instant.parse(start)) && row.label().equals(label))
                .findFirst()
                .orElseThrow()
                .values()
                .get(Kpi.OFFERED);
    }
}

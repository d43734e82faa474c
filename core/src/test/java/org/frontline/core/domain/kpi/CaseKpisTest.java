package org.frontline.core.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reopen rate and SLA compliance of the cases raised on 2 March, worked out in the comments. */
class CaseKpisTest {
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    private final KpiDatabase db = new KpiDatabase();

    @BeforeEach
    void cases() {
        // Ann (Billing) owns two: a gold customer's, resolved; a standard customer's, reopened once, resolved again,
        // after breaching its first-response target.
        db.supportCase(1, 1, 1, "2026-03-02T09:00:00Z", true, 0);
        db.supportCase(2, 2, 1, "2026-03-02T10:00:00Z", true, 1);
        db.slaEvent(2, "FIRST_RESPONSE", "BREACH");
        // Cy (Tech) owns an open one that breached its resolution target (its first response only warned).
        db.supportCase(3, 2, 3, "2026-03-02T11:00:00Z", false, 0);
        db.slaEvent(3, "RESOLUTION", "BREACH");
        db.slaEvent(3, "FIRST_RESPONSE", "WARNING");
        // Raised the day before: not in the day.
        db.supportCase(4, 1, 1, "2026-03-01T11:00:00Z", true, 3);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theDaysCasesReopenAndBreachRates() {
        Map<Kpi, Double> day = rows(Grouping.NONE).get("all");

        // 2 of the 3 resolved, 1 of those reopened → 50 %; first response breached by 1 of 3, resolution by 1 of 3.
        assertThat(day).containsEntry(Kpi.REOPEN_RATE, 50.0);
        assertThat(day.get(Kpi.FIRST_RESPONSE_SLA)).isCloseTo(66.667, ContactKpisTest.within());
        assertThat(day.get(Kpi.RESOLUTION_SLA)).isCloseTo(66.667, ContactKpisTest.within());
    }

    @Test
    void byTheOwnersTeamAndTheCustomersTier() {
        Map<String, Map<Kpi, Double>> teams = rows(Grouping.TEAM);
        // Billing: 2 raised, both resolved, 1 reopened; 1 first-response breach; no resolution breach.
        assertThat(teams.get("Billing"))
                .containsEntry(Kpi.REOPEN_RATE, 50.0)
                .containsEntry(Kpi.FIRST_RESPONSE_SLA, 50.0)
                .containsEntry(Kpi.RESOLUTION_SLA, 100.0);
        // Tech: 1 raised, none resolved (no reopen rate), resolution breached.
        assertThat(teams.get("Tech"))
                .doesNotContainKey(Kpi.REOPEN_RATE)
                .containsEntry(Kpi.FIRST_RESPONSE_SLA, 100.0)
                .containsEntry(Kpi.RESOLUTION_SLA, 0.0);
        // Gold: case 1 alone, clean; standard: cases 2 and 3.
        Map<String, Map<Kpi, Double>> tiers = rows(Grouping.CUSTOMER_TIER);
        assertThat(tiers.get("GOLD")).containsEntry(Kpi.REOPEN_RATE, 0.0).containsEntry(Kpi.RESOLUTION_SLA, 100.0);
        assertThat(tiers.get("STANDARD"))
                .containsEntry(Kpi.REOPEN_RATE, 100.0)
                .containsEntry(Kpi.FIRST_RESPONSE_SLA, 50.0)
                .containsEntry(Kpi.RESOLUTION_SLA, 50.0);
    }

    @Test
    void casesHaveNoChannelOrQueue() {
        assertThat(rows(Grouping.CHANNEL).values())
                .allSatisfy(values -> assertThat(values).doesNotContainKeys(Kpi.REOPEN_RATE, Kpi.RESOLUTION_SLA));
    }

    private Map<String, Map<Kpi, Double>> rows(Grouping grouping) {
        KpiQuery query = new KpiQuery(
                Instant.parse("2026-03-02T00:00:00Z"),
                Instant.parse("2026-03-03T00:00:00Z"),
                ZoneOffset.UTC,
                grouping,
                Optional.empty());
        return db.report(KpiSettings.defaults(ZoneOffset.UTC), NOW, query).rows().stream()
                .collect(Collectors.toMap(KpiRow::label, KpiRow::values));
    }
}

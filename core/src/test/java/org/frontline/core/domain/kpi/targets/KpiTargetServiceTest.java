package org.frontline.core.domain.kpi.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.frontline.core.domain.kpi.ContactBuilder.arriving;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.kpi.Kpi;
import org.frontline.core.domain.kpi.KpiDatabase;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.StaleVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Targets per team and for the centre, their status on 2 March and their trend from 1 March. */
class KpiTargetServiceTest {
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-03T00:00:00Z");

    private final KpiDatabase db = new KpiDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachTargetIsOnOrOffAndImprovingOrWorsening() {
        // 1 March: Billing answers one call in 10 s and one in 45 s (SL 50 %); nothing abandoned.
        db.contact(arriving("2026-03-01T09:00:00Z").answeredAfter(10));
        db.contact(arriving("2026-03-01T10:00:00Z").answeredAfter(45));
        // 2 March: Billing answers both in time (SL 100 %); a Tech call is abandoned after 60 s: 1 of 3 (33 %).
        db.contact(arriving("2026-03-02T09:00:00Z").answeredAfter(5));
        db.contact(arriving("2026-03-02T10:00:00Z").answeredAfter(15));
        db.contact(arriving("2026-03-02T11:00:00Z").abandonedAfter(60).team(2));
        db.withTargets(NOW, targets -> {
            targets.set(Optional.of(1L), Kpi.SERVICE_LEVEL, Comparison.AT_LEAST, 80);
            targets.set(Optional.empty(), Kpi.ABANDONMENT_RATE, Comparison.AT_MOST, 10);
            targets.set(Optional.of(2L), Kpi.AVERAGE_HANDLE_TIME, Comparison.AT_MOST, 300);
            return null;
        });

        List<TargetStanding> standings = db.withTargets(NOW, targets -> targets.standings(FROM, TO));

        // The centre's target first: abandonment 33 % against at most 10 % (off), up from 0 % (worse).
        TargetStanding centre = standings.get(0);
        assertThat(centre.teamName()).isEqualTo("Whole centre");
        assertThat(centre.value().orElseThrow()).isCloseTo(33.333, offset(0.001));
        assertThat(centre.previousValue()).contains(0.0);
        assertThat(centre.status()).isEqualTo(TargetStatus.OFF_TARGET);
        assertThat(centre.trend()).isEqualTo(Trend.WORSENING);
        // Billing: 100 % against at least 80 % (on), up from 50 % (better).
        TargetStanding billing = standings.get(1);
        assertThat(billing.teamName()).isEqualTo("Billing");
        assertThat(billing.value()).contains(100.0);
        assertThat(billing.previousValue()).contains(50.0);
        assertThat(billing.status()).isEqualTo(TargetStatus.ON_TARGET);
        assertThat(billing.trend()).isEqualTo(Trend.IMPROVING);
        // Tech handled nothing: no handle time to compare.
        TargetStanding tech = standings.get(2);
        assertThat(tech.teamName()).isEqualTo("Tech");
        assertThat(tech.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(tech.trend()).isEqualTo(Trend.UNKNOWN);
    }

    @Test
    void oneTargetPerTeamAndKpiAndPercentagesAtMostAHundred() {
        db.withTargets(NOW, targets -> targets.set(Optional.of(1L), Kpi.CSAT, Comparison.AT_LEAST, 80));

        assertThatThrownBy(() ->
                        db.withTargets(NOW, targets -> targets.set(Optional.of(1L), Kpi.CSAT, Comparison.AT_LEAST, 85)))
                .isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> db.withTargets(
                        NOW, targets -> targets.set(Optional.of(2L), Kpi.CSAT, Comparison.AT_LEAST, 120)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 100");
    }

    @Test
    void aRevisionNeedsTheCurrentVersion() {
        KpiTarget target = db.withTargets(
                NOW, targets -> targets.set(Optional.empty(), Kpi.AVERAGE_SPEED_OF_ANSWER, Comparison.AT_MOST, 30));

        KpiTarget revised =
                db.withTargets(NOW, targets -> targets.revise(target.id(), target.version(), Comparison.AT_MOST, 25));

        assertThat(revised.value()).isEqualTo(25.0);
        assertThatThrownBy(() -> db.withTargets(
                        NOW, targets -> targets.revise(target.id(), target.version(), Comparison.AT_MOST, 20)))
                .isInstanceOf(StaleVersionException.class);
    }
}

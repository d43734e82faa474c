package org.frontline.core.domain.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.frontline.core.domain.agent.LeaveReason;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Turnover over the first quarter of 2026 (90 days) for two hand-made teams, worked out in the comments. */
class TurnoverAnalysisTest {
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 4, 1);
    private static final Offset<Double> CLOSE = Offset.offset(0.001);

    @Test
    void countsJoinersLeaversAndRatesPerTeamAndForTheCentre() {
        // Billing: A and B were there all quarter; C left voluntarily on 15 Feb; D, hired 1 Jan, left (dismissed) on
        // 31 Mar, its last day; E joined 1 Mar; F's last day was 1 Apr, the day after: still there at the end.
        // Tech: G all quarter; H's last day was 31 Dec, before the quarter (not on the books at its start).
        TurnoverAnalysis analysis = new TurnoverAnalysis((from, to) -> List.of(
                billing(1, "2024-05-01", null, null),
                billing(2, "2025-01-01", null, null),
                billing(3, "2023-01-01", "2026-02-15", LeaveReason.VOLUNTARY),
                billing(4, "2026-01-01", "2026-03-31", LeaveReason.INVOLUNTARY),
                billing(5, "2026-03-01", null, null),
                billing(6, "2025-06-01", "2026-04-01", LeaveReason.VOLUNTARY),
                tech(7, "2025-02-01", null),
                tech(8, "2025-02-01", "2025-12-31")));

        List<TeamTurnover> rows = analysis.report(FROM, TO);

        TeamTurnover billing = rows.get(1);
        assertThat(billing.team()).isEqualTo("Billing");
        // At the start: A, B, C, F (D was hired on the 1st: a joiner) → 4. Joined: D, E → 2. Left: C, D → 2, one
        // voluntarily. At the end: A, B, E, F → 4 = 4 + 2 - 2.
        assertThat(billing.atStart()).isEqualTo(4);
        assertThat(billing.hired()).isEqualTo(2);
        assertThat(billing.left()).isEqualTo(2);
        assertThat(billing.leftVoluntarily()).isEqualTo(1);
        assertThat(billing.atEnd()).isEqualTo(4);
        // 2 leavers over an average of 4 → 50 %; over a year: 50 × 365 / 90 = 202.8 %. Of the 4 at the start, A, B and
        // F are still there → 75 %.
        assertThat(billing.turnoverRate()).isCloseTo(50.0, CLOSE);
        assertThat(billing.annualisedRate()).isCloseTo(202.778, CLOSE);
        assertThat(billing.retention()).isCloseTo(75.0, CLOSE);
        // Tech: G alone, all quarter; H had gone before it.
        TeamTurnover tech = rows.get(2);
        assertThat(tech.atStart()).isEqualTo(1);
        assertThat(tech.left()).isZero();
        assertThat(tech.turnoverRate()).isZero();
        // The centre: 5 at the start, 5 at the end, 2 leavers → 40 %.
        TeamTurnover centre = rows.get(0);
        assertThat(centre.teamId()).isNull();
        assertThat(centre.atStart()).isEqualTo(5);
        assertThat(centre.atEnd()).isEqualTo(5);
        assertThat(centre.turnoverRate()).isCloseTo(40.0, CLOSE);
    }

    @Test
    void anEmptyCentreHasNoRates() {
        List<TeamTurnover> rows = new TurnoverAnalysis((from, to) -> List.of()).report(FROM, TO);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).turnoverRate()).isNull();
        assertThat(rows.get(0).retention()).isNull();
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new TurnoverAnalysis((from, to) -> List.of()).report(TO, FROM))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "from");
    }

    private static Tenure billing(long id, String hired, String left, LeaveReason reason) {
        return tenure(id, 1, "Billing", hired, left, reason);
    }

    private static Tenure tech(long id, String hired, String left) {
        return tenure(id, 2, "Tech", hired, left, left == null ? null : LeaveReason.VOLUNTARY);
    }

    private static Tenure tenure(long id, long team, String name, String hired, String left, LeaveReason reason) {
        return new Tenure(
                id,
                "agent " + id,
                team,
                name,
                LocalDate.parse(hired),
                Optional.ofNullable(left).map(LocalDate::parse),
                Optional.ofNullable(reason));
    }
}

package org.frontline.qualityaudit.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.core.domain.agent.LeaveReason;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.workforce.Tenure;
import org.frontline.core.domain.workforce.TenureSource;
import org.junit.jupiter.api.Test;

/**
 * Speed to competency on 1 March 2026 of five hand-made hires; Support (team 1) calls competent a week of at least 10
 * handled contacts at an average of at most 300 s with a four-week mean QA score of at least 80. Worked out in the
 * comments.
 */
class SpeedToCompetencyTest {
    private static final Instant TODAY = Instant.parse("2026-03-01T12:00:00Z");

    private final Map<Long, List<AgentWeek>> weeks = Map.of(
            // Ann, hired 5 Jan: week 0 too slow (400 s); week 1 280 s, reviews 70 and 90 → mean 80: competent.
            1L, List.of(new AgentWeek(1, 0, 12, 4800, 1, 70), new AgentWeek(1, 1, 15, 4200, 1, 90)),
            // Bo, hired 12 Jan: week 2 too few contacts (8); week 3 meets AHT, no review that week but week 2's two
            // (90 each) count: competent in week 3.
            2L, List.of(new AgentWeek(2, 2, 8, 2000, 2, 180), new AgentWeek(2, 3, 20, 5800, 0, 0)),
            // Cy, hired 23 Feb: week 0 too slow; week 1 (not over yet) would meet it, but only whole weeks count.
            3L, List.of(new AgentWeek(3, 0, 12, 6000, 1, 95), new AgentWeek(3, 1, 12, 2400, 1, 95)),
            // Di, hired 5 Jan, left 25 Jan, never met it.
            4L, List.of(new AgentWeek(4, 0, 12, 6000, 1, 60)),
            // Ed, in Tech, which has no standard.
            5L, List.of(new AgentWeek(5, 0, 50, 5000, 5, 500)));

    private final TenureSource tenures = (from, to) -> List.of(
            hire(1, "Ann", 1, "2026-01-05", null),
            hire(2, "Bo", 1, "2026-01-12", null),
            hire(3, "Cy", 1, "2026-02-23", null),
            hire(4, "Di", 1, "2026-01-05", "2026-01-25"),
            hire(5, "Ed", 2, "2026-01-05", null),
            // Hired before the period: not a new hire of it.
            hire(6, "Flo", 1, "2025-06-02", null));

    private final CompetencySource source = (hire, zone) -> weeks.get(hire.agentId());

    @Test
    void findsTheFirstWholeWeekThatMetTheTeamsStandard() {
        CompetencyReport report = analysis().report(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));

        List<HireProgress> hires = report.hires();
        // Ann: week 1 → 14 days, competent on 18 January (5 + 13).
        assertThat(hires.get(0).name()).isEqualTo("Ann");
        assertThat(hires.get(0).status()).isEqualTo(CompetencyStatus.COMPETENT);
        assertThat(hires.get(0).days()).isEqualTo(14);
        assertThat(hires.get(0).competentOn()).isEqualTo(LocalDate.of(2026, 1, 18));
        assertThat(hires.get(0).weeksObserved()).isEqualTo(8);
        // Di (hired the same day as Ann, sorted by id after her): left before meeting it; 3 weeks observed (5–25 Jan).
        assertThat(hires.get(1).name()).isEqualTo("Di");
        assertThat(hires.get(1).status()).isEqualTo(CompetencyStatus.LEFT);
        assertThat(hires.get(1).weeksObserved()).isEqualTo(3);
        // Bo: week 3 → 28 days.
        assertThat(hires.get(2).days()).isEqualTo(28);
        // Cy: one whole week so far, which did not meet it.
        assertThat(hires.get(3).status()).isEqualTo(CompetencyStatus.NOT_YET);
        assertThat(hires.get(3).weeksObserved()).isEqualTo(1);
        // Ed: Tech has no standard.
        assertThat(hires.get(4).status()).isEqualTo(CompetencyStatus.NO_STANDARD);

        // Support: 4 hires, 2 competent after 14 and 28 days → median and mean 21; one on the way, one left.
        TeamCompetency support = report.teams().get(0);
        assertThat(support.hires()).isEqualTo(4);
        assertThat(support.competent()).isEqualTo(2);
        assertThat(support.notYet()).isEqualTo(1);
        assertThat(support.left()).isEqualTo(1);
        assertThat(support.medianDays()).isEqualTo(21.0);
        assertThat(support.meanDays()).isEqualTo(21.0);
        TeamCompetency tech = report.teams().get(1);
        assertThat(tech.hasStandard()).isFalse();
        assertThat(tech.medianDays()).isNull();
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> analysis().report(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "hiredFrom");
    }

    @Test
    void aStandardNeedsSensibleFigures() {
        assertThatThrownBy(() -> new CompetencyStandard(1, 101, 300, 10, TODAY))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "qaScore");
        assertThatThrownBy(() -> new CompetencyStandard(1, 80, 0, 10, TODAY))
                .hasFieldOrPropertyWithValue("field", "ahtSeconds");
    }

    private SpeedToCompetency analysis() {
        List<CompetencyStandard> standards = new ArrayList<>(List.of(new CompetencyStandard(1, 80, 300, 10, TODAY)));
        CompetencyStandardRepository repository = new CompetencyStandardRepository() {
            @Override
            public CompetencyStandard add(CompetencyStandard standard) {
                standards.add(standard);
                return standard;
            }

            @Override
            public Optional<CompetencyStandard> find(long teamId) {
                return standards.stream().filter(s -> s.teamId() == teamId).findFirst();
            }

            @Override
            public List<CompetencyStandard> all() {
                return standards;
            }

            @Override
            public void remove(CompetencyStandard standard) {
                standards.remove(standard);
            }

            @Override
            public void flush() {}
        };
        return new SpeedToCompetency(tenures, source, repository, ZoneOffset.UTC, Clock.fixed(TODAY, ZoneOffset.UTC));
    }

    private static Tenure hire(long id, String name, long team, String hired, String left) {
        return new Tenure(
                id,
                name,
                team,
                team == 1 ? "Support" : "Tech",
                LocalDate.parse(hired),
                Optional.ofNullable(left).map(LocalDate::parse),
                Optional.ofNullable(left).map(l -> LeaveReason.VOLUNTARY));
    }
}

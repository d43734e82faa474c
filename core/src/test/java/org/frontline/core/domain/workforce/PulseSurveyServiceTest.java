package org.frontline.core.domain.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.data.Offset;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.kpi.KpiDatabase;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.team.TeamService;
import org.frontline.core.infrastructure.jpa.JpaAgentRepository;
import org.frontline.core.infrastructure.jpa.JpaPulseSurveyRepository;
import org.frontline.core.infrastructure.jpa.JpaTeamRepository;
import org.frontline.core.infrastructure.jpa.JpaTenures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pulse survey open 2–6 March 2026 in a hand-made centre: Billing (team 1) has Ann, Bo, Di and Ed, and had Fi,
 * who left on 1 February; Tech (team 2) has Cy. Results worked out in the comments.
 */
class PulseSurveyServiceTest {
    private static final Instant OPEN = Instant.parse("2026-03-03T10:00:00Z");
    private static final Offset<Double> CLOSE = Offset.offset(0.001);

    private final KpiDatabase db = new KpiDatabase();
    private long survey;

    @BeforeEach
    void centre() {
        db.sql("insert into agent (id, version, name, team_id, support_tier, hire_date, left_on, leave_reason, status,"
                + " status_since) values"
                + " (4, 0, 'Di', 1, 'L1', date '2025-01-01', null, null, 'OFFLINE', current_timestamp),"
                + " (5, 0, 'Ed', 1, 'L1', date '2025-01-01', null, null, 'OFFLINE', current_timestamp),"
                + " (6, 0, 'Fi', 1, 'L1', date '2025-01-01', date '2026-02-01', 'VOLUNTARY', 'OFFLINE',"
                + " current_timestamp)");
        survey = at(
                        OPEN,
                        s -> s.open(
                                "  How happy are you working here?  ",
                                LocalDate.of(2026, 3, 2),
                                LocalDate.of(2026, 3, 6)))
                .id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void sumsAnswersPerTeamAndWithholdsTeamsWithTooFewAnswers() {
        // Billing: Ann 5, Bo 4, Di 2; Tech: Cy 3.
        answer(1, 5);
        answer(2, 4);
        answer(4, 2);
        answer(3, 3);

        List<TeamPulse> results = at(OPEN, s -> s.results(survey));

        // The centre: 4 answers of 5 eligible (Fi had left) → 80 %; mean 14 / 4 = 3.5; 2 of 4 favourable → 50 %.
        TeamPulse centre = results.get(0);
        assertThat(centre.eligible()).isEqualTo(5);
        assertThat(centre.respondents()).isEqualTo(4);
        assertThat(centre.responseRate()).isCloseTo(80.0, CLOSE);
        assertThat(centre.mean()).isCloseTo(3.5, CLOSE);
        assertThat(centre.favourable()).isCloseTo(50.0, CLOSE);
        // Billing: 3 of 4 → 75 %; mean 11 / 3; favourable 2 of 3; one 2, one 4, one 5.
        TeamPulse billing = results.get(1);
        assertThat(billing.team()).isEqualTo("Billing");
        assertThat(billing.responseRate()).isCloseTo(75.0, CLOSE);
        assertThat(billing.mean()).isCloseTo(3.667, CLOSE);
        assertThat(billing.favourable()).isCloseTo(66.667, CLOSE);
        assertThat(billing.distribution()).containsExactly(0L, 1L, 0L, 1L, 1L);
        // Tech: Cy alone answered; their score is not shown.
        TeamPulse tech = results.get(2);
        assertThat(tech.respondents()).isEqualTo(1);
        assertThat(tech.shown()).isFalse();
        assertThat(tech.mean()).isNull();
        assertThat(tech.distribution()).isNull();
    }

    @Test
    void eachAgentAnswersOnceWhileTheSurveyIsOpenAndTheyWorkHere() {
        answer(1, 5);

        assertThatThrownBy(() -> answer(1, 4)).isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> answer(6, 4))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("gone since 2026-02-01");
        assertThatThrownBy(() -> at(Instant.parse("2026-03-07T00:00:00Z"), s -> {
                    s.answer(survey, 2, 4);
                    return null;
                }))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("today is 2026-03-07");
        assertThatThrownBy(() -> answer(2, 6)).isInstanceOf(InvalidValueException.class);
        String question = at(OPEN, s -> s.get(survey).question());
        assertThat(question).isEqualTo("How happy are you working here?");
    }

    @Test
    void aSurveyClosesOnOrAfterItOpens() {
        assertThatThrownBy(() -> at(OPEN, s -> s.open("Q", LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 2))))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "closesOn");
    }

    private void answer(long agent, int score) {
        at(OPEN, s -> {
            s.answer(survey, agent, score);
            return null;
        });
    }

    private <T> T at(Instant now, Function<PulseSurveyService, T> work) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return db.inTransaction(em -> work.apply(new PulseSurveyService(
                new JpaPulseSurveyRepository(em),
                new AgentService(new JpaAgentRepository(em), new TeamService(new JpaTeamRepository(em)), clock),
                new JpaTenures(em),
                ZoneOffset.UTC,
                clock)));
    }
}

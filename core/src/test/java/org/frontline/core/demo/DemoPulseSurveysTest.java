package org.frontline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.frontline.core.demo.ContactStream.Staff;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.junit.jupiter.api.Test;

class DemoPulseSurveysTest {

    @Test
    void eachOfTheLastMonthsHasASurveyInItsFirstWeekAnsweredByMostAgents() {
        List<List<Staff>> staff = new ArrayList<>();
        for (int team = 0; team < 3; team++) {
            List<Staff> members = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                members.add(new Staff(team * 100L + i, team + 1, SupportTier.L1, List.of(Channel.PHONE)));
            }
            staff.add(members);
        }

        List<DemoPulseSurveys.Survey> surveys =
                DemoPulseSurveys.generate(new SplittableRandom(1), staff, LocalDate.of(2026, 12, 2), 3);

        assertThat(surveys)
                .extracting(DemoPulseSurveys.Survey::opensOn)
                .containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
        assertThat(surveys.get(0).closesOn()).isEqualTo(LocalDate.of(2026, 9, 7));
        for (DemoPulseSurveys.Survey survey : surveys) {
            // About three in four of the 120 agents; each at most once; scores 1-5 within the open week.
            assertThat(survey.answers()).hasSizeBetween(75, 105);
            assertThat(survey.answers().stream()
                            .map(DemoPulseSurveys.Answer::agentId)
                            .distinct())
                    .hasSize(survey.answers().size());
            assertThat(survey.answers()).allSatisfy(a -> {
                assertThat(a.score()).isBetween(1, 5);
                assertThat(a.day()).isBetween(0, 6);
            });
        }
        // Technical support (team 2) is less happy than sales (team 3).
        assertThat(mean(surveys.get(2), 2)).isLessThan(mean(surveys.get(2), 3));
    }

    private static double mean(DemoPulseSurveys.Survey survey, long team) {
        return survey.answers().stream()
                .filter(a -> a.teamId() == team)
                .mapToInt(DemoPulseSurveys.Answer::score)
                .average()
                .orElseThrow();
    }
}

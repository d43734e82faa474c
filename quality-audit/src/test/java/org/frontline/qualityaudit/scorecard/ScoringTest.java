package org.frontline.qualityaudit.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of review scores on one phone scorecard (pass mark 80):
 *
 * <pre>
 * Opening     20  Greeting 50 (yes/no) · Verified identity 50 (yes/no, critical: fails the review)
 * Resolution  50  Understood the need 40 (1–5) · Correct answer 60 (0–10) · Extra mile 10 (yes/no, bonus)
 * Compliance  30  Disclosure read 70 (yes/no, critical: zeroes the section) · Disposition recorded 30 (yes/no)
 * </pre>
 */
class ScoringTest {
    private static final Scorecard PHONE = new Scorecard(
            "Phone quality",
            1,
            80,
            List.of(
                    new Section(
                            "Opening",
                            20,
                            List.of(
                                    criterion("Greeting", 50, Scale.YES_NO, Criticality.NONE),
                                    criterion("Verified identity", 50, Scale.YES_NO, Criticality.REVIEW))),
                    new Section(
                            "Resolution",
                            50,
                            List.of(
                                    criterion("Understood the need", 40, Scale.ONE_TO_FIVE, Criticality.NONE),
                                    criterion("Correct answer", 60, Scale.ZERO_TO_TEN, Criticality.NONE),
                                    new Criterion("Extra mile", 10, Scale.YES_NO, Criticality.NONE, true))),
                    new Section(
                            "Compliance",
                            30,
                            List.of(
                                    criterion("Disclosure read", 70, Scale.YES_NO, Criticality.SECTION),
                                    criterion("Disposition recorded", 30, Scale.YES_NO, Criticality.NONE)))));

    private static Criterion criterion(String name, double weight, Scale scale, Criticality critical) {
        return new Criterion(name, weight, scale, critical, false);
    }

    /** Example 1's answers: a good call with one slip (disposition not recorded). */
    private static Map<CriterionKey, Rating> goodCall() {
        Map<CriterionKey, Rating> answers = new HashMap<>();
        answers.put(new CriterionKey("Opening", "Greeting"), Rating.of(1));
        answers.put(new CriterionKey("Opening", "Verified identity"), Rating.of(1));
        answers.put(new CriterionKey("Resolution", "Understood the need"), Rating.of(4));
        answers.put(new CriterionKey("Resolution", "Correct answer"), Rating.of(8));
        answers.put(new CriterionKey("Resolution", "Extra mile"), Rating.of(1));
        answers.put(new CriterionKey("Compliance", "Disclosure read"), Rating.of(1));
        answers.put(new CriterionKey("Compliance", "Disposition recorded"), Rating.of(0));
        return answers;
    }

    @Test
    void weighsCriteriaWithinSectionsAndSectionsWithinTheReview() {
        ScoreSheet sheet = Scoring.score(PHONE, goodCall());

        // Opening: 50×1 + 50×1 = 100 of 100 → 100.
        // Resolution: need 4 on 1–5 is (4−1)/4 = 0.75 → 40×0.75 = 30; answer 8 on 0–10 is 0.8 → 60×0.8 = 48;
        //   78 of 100 → 78, plus the bonus 10×1 = 10 → 88.
        // Compliance: 70×1 + 30×0 = 70 of 100 → 70.
        // Total: (20×100 + 50×88 + 30×70) / 100 = (2000 + 4400 + 2100) / 100 = 85 ≥ 80: passed.
        assertThat(sheet.sections()).extracting(ScoreSheet.SectionScore::score).containsExactly(100.0, 88.0, 70.0);
        assertThat(sheet.total()).isCloseTo(85.0, within(1e-9));
        assertThat(sheet.passed()).isTrue();
        assertThat(sheet.autoFailed()).isFalse();
        assertThat(sheet.findings()).isEmpty();
    }

    @Test
    void notApplicableCriteriaAndSectionsLeaveTheirWeightToTheRest() {
        Map<CriterionKey, Rating> answers = goodCall();
        answers.put(new CriterionKey("Opening", "Greeting"), Rating.notApplicable());
        answers.put(new CriterionKey("Resolution", "Correct answer"), Rating.notApplicable());
        answers.put(new CriterionKey("Resolution", "Extra mile"), Rating.of(0));
        answers.put(new CriterionKey("Compliance", "Disclosure read"), Rating.notApplicable());
        answers.put(new CriterionKey("Compliance", "Disposition recorded"), Rating.notApplicable());

        ScoreSheet sheet = Scoring.score(PHONE, answers);

        // Opening: only Verified identity is rated: 50×1 of 50 → 100.
        // Resolution: only the need is rated: 40×0.75 = 30 of 40 → 75; no bonus → 75.
        // Compliance: all N/A → no score, and its 30 goes to the other sections.
        // Total: (20×100 + 50×75) / (20 + 50) = 5750 / 70 = 82.142857… ≥ 80: passed.
        assertThat(sheet.sections()).extracting(ScoreSheet.SectionScore::score).containsExactly(100.0, 75.0, null);
        assertThat(sheet.total()).isCloseTo(5750.0 / 70, within(1e-9));
        assertThat(sheet.passed()).isTrue();
    }

    @Test
    void aFailedSectionCriticalItemZeroesItsSection() {
        Map<CriterionKey, Rating> answers = goodCall();
        answers.put(new CriterionKey("Compliance", "Disclosure read"), Rating.of(0));
        answers.put(new CriterionKey("Compliance", "Disposition recorded"), Rating.of(1));

        ScoreSheet sheet = Scoring.score(PHONE, answers);

        // Compliance would be 30 of 100, but the failed disclosure zeroes it.
        // Total: (20×100 + 50×88 + 30×0) / 100 = 64 < 80: failed (not auto-failed).
        assertThat(sheet.sections().get(2)).isEqualTo(new ScoreSheet.SectionScore("Compliance", 0.0, true));
        assertThat(sheet.total()).isCloseTo(64.0, within(1e-9));
        assertThat(sheet.passed()).isFalse();
        assertThat(sheet.autoFailed()).isFalse();
        assertThat(sheet.findings())
                .containsExactly("Compliance / Disclosure read is critical and failed: Compliance scores 0");
    }

    @Test
    void aFailedReviewCriticalItemFailsTheWholeReview() {
        Map<CriterionKey, Rating> answers = goodCall();
        answers.put(new CriterionKey("Opening", "Verified identity"), Rating.of(0));
        answers.put(new CriterionKey("Compliance", "Disposition recorded"), Rating.of(1));

        ScoreSheet sheet = Scoring.score(PHONE, answers);

        assertThat(sheet.total()).isZero();
        assertThat(sheet.autoFailed()).isTrue();
        assertThat(sheet.passed()).isFalse();
        assertThat(sheet.sections().get(1).score())
                .as("sections still show their own score")
                .isEqualTo(88.0);
    }

    @Test
    void bonusPointsNeverLiftASectionAbove100() {
        Map<CriterionKey, Rating> answers = goodCall();
        answers.put(new CriterionKey("Resolution", "Understood the need"), Rating.of(5));
        answers.put(new CriterionKey("Resolution", "Correct answer"), Rating.of(10));

        assertThat(Scoring.score(PHONE, answers).sections().get(1).score()).isEqualTo(100.0);
    }

    @Test
    void refusesAnswersThatDoNotFitTheScorecard() {
        Map<CriterionKey, Rating> offScale = goodCall();
        offScale.put(new CriterionKey("Resolution", "Understood the need"), Rating.of(0));
        assertThatThrownBy(() -> Scoring.score(PHONE, offScale))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Resolution / Understood the need is rated 1 to 5");

        Map<CriterionKey, Rating> missing = goodCall();
        missing.remove(new CriterionKey("Opening", "Greeting"));
        assertThatThrownBy(() -> Scoring.score(PHONE, missing)).hasMessageContaining("Opening / Greeting is not rated");

        Map<CriterionKey, Rating> stranger = goodCall();
        stranger.put(new CriterionKey("Opening", "Smiled"), Rating.of(1));
        assertThatThrownBy(() -> Scoring.score(PHONE, stranger))
                .hasMessageContaining("Opening / Smiled is not on scorecard Phone quality v1");
    }

    @Test
    void refusesScorecardsWhoseWeightsDoNotAddUp() {
        assertThatThrownBy(() -> new Section(
                        "Opening",
                        100,
                        List.of(
                                criterion("Greeting", 50, Scale.YES_NO, Criticality.NONE),
                                criterion("Name", 40, Scale.YES_NO, Criticality.NONE))))
                .hasMessageContaining("must add up to 100, not 90");
        assertThatThrownBy(() -> criterion("Tone", -5, Scale.ONE_TO_FIVE, Criticality.NONE))
                .hasMessageContaining("weight must be positive");
        assertThatThrownBy(() -> criterion("Tone", 50, Scale.ONE_TO_FIVE, Criticality.REVIEW))
                .hasMessageContaining("a critical item is rated yes/no");
        Section whole = new Section("All", 60, List.of(criterion("Greeting", 100, Scale.YES_NO, Criticality.NONE)));
        assertThatThrownBy(() -> new Scorecard("Short", 1, 80, List.of(whole)))
                .hasMessageContaining("section weights must add up to 100, not 60");
    }
}

package org.frontline.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.frontline.core.demo.ContactStream.Staff;

/**
 * The demo centre's monthly pulse surveys over the last few months: each open the first week of its month, answered
 * by about three agents in four; technical support is the least happy team and drifts down, sales the happiest.
 */
public final class DemoPulseSurveys {
    public static final String QUESTION = "How satisfied are you with working in this team?";

    private static final double ANSWER_SHARE = 0.75;
    /** Mean score per contact-taking team (support, technical support, sales), before each month's drift. */
    private static final double[] TEAM_MEANS = {3.8, 3.4, 4.1};

    private static final double[] TEAM_DRIFT = {0.05, -0.15, 0.0};

    private DemoPulseSurveys() {}

    /** One survey: open from {@code opensOn} to {@code closesOn}, with its answers. */
    public record Survey(LocalDate opensOn, LocalDate closesOn, List<Answer> answers) {}

    /** An agent's answer, on the {@code day}-th day of the survey (0 = the first). */
    public record Answer(long agentId, long teamId, int score, int day) {}

    /** The surveys of the {@code months} whole months before today's, oldest first. */
    public static List<Survey> generate(
            SplittableRandom random, List<List<Staff>> staffByTeam, LocalDate today, int months) {
        List<Survey> surveys = new ArrayList<>();
        for (int m = months; m >= 1; m--) {
            LocalDate opens = today.minusMonths(m).withDayOfMonth(1);
            int monthsAgo = m;
            List<Answer> answers = new ArrayList<>();
            for (int team = 0; team < staffByTeam.size(); team++) {
                double mean = TEAM_MEANS[team] + TEAM_DRIFT[team] * (months - monthsAgo);
                for (Staff staff : staffByTeam.get(team)) {
                    if (random.nextDouble() < ANSWER_SHARE) {
                        long score = Math.round(mean + random.nextGaussian() * 0.9);
                        answers.add(new Answer(
                                staff.agentId(),
                                staff.teamId(),
                                (int) Math.max(1, Math.min(5, score)),
                                random.nextInt(7)));
                    }
                }
            }
            surveys.add(new Survey(opens, opens.plusDays(6), answers));
        }
        return surveys;
    }
}

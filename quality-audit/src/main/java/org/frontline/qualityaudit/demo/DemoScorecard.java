package org.frontline.qualityaudit.demo;

import java.util.List;
import org.frontline.qualityaudit.scorecard.Criterion;
import org.frontline.qualityaudit.scorecard.Criticality;
import org.frontline.qualityaudit.scorecard.Scale;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.Section;

/**
 * The demo centre's phone scorecard, as QA teams commonly write one: opening, understanding, resolution and closing,
 * with verifying the caller's identity critical (a miss fails the whole review), a wrong answer zeroing its section,
 * and going the extra mile a bonus.
 */
public final class DemoScorecard {
    public static final String NAME = "Phone quality";

    private DemoScorecard() {}

    public static Scorecard phoneQuality() {
        return new Scorecard(
                NAME,
                1,
                80,
                List.of(
                        new Section(
                                "Opening",
                                15,
                                List.of(
                                        criterion("Greeting and name", 50, Scale.YES_NO, Criticality.NONE),
                                        criterion("Verified identity", 50, Scale.YES_NO, Criticality.REVIEW))),
                        new Section(
                                "Understanding",
                                25,
                                List.of(
                                        criterion(
                                                "Listened without interrupting",
                                                50,
                                                Scale.ONE_TO_FIVE,
                                                Criticality.NONE),
                                        criterion("Confirmed the need", 50, Scale.YES_NO, Criticality.NONE))),
                        new Section(
                                "Resolution",
                                45,
                                List.of(
                                        criterion("Correct answer", 50, Scale.YES_NO, Criticality.SECTION),
                                        criterion("Explained clearly", 30, Scale.ONE_TO_FIVE, Criticality.NONE),
                                        criterion("Used the knowledge base", 20, Scale.YES_NO, Criticality.NONE),
                                        new Criterion("Extra mile", 10, Scale.YES_NO, Criticality.NONE, true))),
                        new Section(
                                "Closing",
                                15,
                                List.of(
                                        criterion("Summarised next steps", 60, Scale.YES_NO, Criticality.NONE),
                                        criterion("Offered further help", 40, Scale.YES_NO, Criticality.NONE)))));
    }

    private static Criterion criterion(String name, double weight, Scale scale, Criticality critical) {
        return new Criterion(name, weight, scale, critical, false);
    }
}

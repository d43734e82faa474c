package org.frontline.routing.desk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.util.Optional;
import org.frontline.routing.engine.WideningStep;

/** One widening step of a queue, as the database keeps it. */
@Embeddable
public class StepRule {

    @Column(name = "after_seconds", nullable = false)
    private long afterSeconds;

    @Column(name = "proficiency_relief", nullable = false)
    private int proficiencyRelief;

    @Column(name = "also_language", length = 8)
    private String alsoLanguage;

    @Column(name = "next_tier", nullable = false)
    private boolean nextTier;

    @Column(name = "overflow_to", length = QueueRule.MAX_NAME)
    private String overflowTo;

    /** For Jakarta Persistence only. */
    protected StepRule() {}

    StepRule(WideningStep step) {
        this.afterSeconds = step.after().toSeconds();
        this.proficiencyRelief = step.proficiencyRelief();
        this.alsoLanguage = step.alsoLanguage().orElse(null);
        this.nextTier = step.nextTier();
        this.overflowTo = step.overflowTo().orElse(null);
    }

    WideningStep step() {
        return new WideningStep(
                Duration.ofSeconds(afterSeconds),
                proficiencyRelief,
                Optional.ofNullable(alsoLanguage),
                nextTier,
                Optional.ofNullable(overflowTo));
    }
}

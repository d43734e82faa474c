package org.frontline.web.routing;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Optional;
import org.frontline.routing.engine.WideningStep;

/**
 * One widening step of a queue: once a contact has waited {@code afterSeconds}, accept agents
 * {@code proficiencyRelief} levels below the skills asked for, agents speaking {@code alsoLanguage}, agents of the
 * next tier up ({@code nextTier}), or move it to the {@code overflowTo} queue.
 */
public record StepPayload(
        @NotNull Long afterSeconds,
        Integer proficiencyRelief,
        String alsoLanguage,
        Boolean nextTier,
        String overflowTo) {

    WideningStep toStep() {
        return new WideningStep(
                Duration.ofSeconds(afterSeconds),
                Optional.ofNullable(proficiencyRelief).orElse(0),
                Optional.ofNullable(alsoLanguage).filter(l -> !l.isBlank()),
                Boolean.TRUE.equals(nextTier),
                Optional.ofNullable(overflowTo).filter(q -> !q.isBlank()));
    }

    static StepPayload from(WideningStep step) {
        return new StepPayload(
                step.after().toSeconds(),
                step.proficiencyRelief(),
                step.alsoLanguage().orElse(null),
                step.nextTier(),
                step.overflowTo().orElse(null));
    }
}

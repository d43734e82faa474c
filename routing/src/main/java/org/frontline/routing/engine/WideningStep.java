package org.frontline.routing.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * One step of a queue's time-based widening, as contact centres configure it: once a contact has waited
 * {@code after}, accept agents {@code proficiencyRelief} levels below the skills asked for, agents speaking
 * {@code alsoLanguage}, agents of the next tier up, or move it to the {@code overflowTo} queue (whose skills it then
 * asks for). Steps accumulate: each widens what the previous ones left.
 */
public record WideningStep(
        Duration after,
        int proficiencyRelief,
        Optional<String> alsoLanguage,
        boolean nextTier,
        Optional<String> overflowTo) {

    public WideningStep {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(alsoLanguage, "alsoLanguage");
        Objects.requireNonNull(overflowTo, "overflowTo");
        if (after.isNegative()) {
            throw new InvalidValueException("steps", "afterSeconds must not be negative, got " + after.toSeconds());
        }
        if (proficiencyRelief < 0 || proficiencyRelief > 4) {
            throw new InvalidValueException("steps", "proficiencyRelief must be 0 to 4, got " + proficiencyRelief);
        }
    }
}

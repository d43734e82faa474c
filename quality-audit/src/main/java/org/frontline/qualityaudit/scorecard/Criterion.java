package org.frontline.qualityaudit.scorecard;

import java.util.Objects;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * One thing a reviewer rates, with its weight in its section (a share of 100 among the section's regular criteria),
 * its scale, what failing it does, and whether it is a bonus (its points come on top, up to its weight, and are never
 * lost).
 */
public record Criterion(String name, double weight, Scale scale, Criticality critical, boolean bonus) {

    public Criterion {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("criteria", "a criterion needs a name");
        }
        name = name.strip();
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(critical, "critical");
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new InvalidValueException("criteria", name + ": weight must be positive, got " + weight);
        }
        if (critical != Criticality.NONE && scale != Scale.YES_NO) {
            throw new InvalidValueException("criteria", name + ": a critical item is rated yes/no");
        }
        if (critical != Criticality.NONE && bonus) {
            throw new InvalidValueException("criteria", name + ": a bonus item cannot be critical");
        }
    }
}

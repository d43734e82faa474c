package org.frontline.qualityaudit.scorecard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.core.domain.shared.InvalidValueException;

/** A part of a scorecard, with its weight (a share of 100 among the sections) and its criteria. */
public record Section(String name, double weight, List<Criterion> criteria) {
    /** How far weights may stray from adding up to 100 (rounding in a form). */
    static final double TOLERANCE = 1e-6;

    public Section {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("sections", "a section needs a name");
        }
        name = name.strip();
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new InvalidValueException("sections", name + ": weight must be positive, got " + weight);
        }
        criteria = List.copyOf(criteria);
        Set<String> names = new HashSet<>();
        double regular = 0;
        for (Criterion criterion : criteria) {
            if (!names.add(criterion.name())) {
                throw new InvalidValueException("criteria", name + " has two criteria named " + criterion.name());
            }
            if (!criterion.bonus()) {
                regular += criterion.weight();
            }
        }
        if (Math.abs(regular - 100) > TOLERANCE) {
            throw new InvalidValueException(
                    "criteria",
                    name + ": the weights of its criteria (bonus items aside) must add up to 100, not " + regular);
        }
    }
}

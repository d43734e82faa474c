package org.frontline.qualityaudit.scorecard;

/** A criterion by its section's name and its own. */
public record CriterionKey(String section, String criterion) {

    @Override
    public String toString() {
        return section + " / " + criterion;
    }
}

package org.frontline.qualityaudit.scorecard;

/** A reviewer's answer to one criterion: a value on its scale, or N/A (the criterion did not apply). */
public sealed interface Rating permits Rating.Value, Rating.NotApplicable {

    static Rating of(int value) {
        return new Value(value);
    }

    static Rating notApplicable() {
        return NotApplicable.INSTANCE;
    }

    /** A value on the criterion's scale. */
    record Value(int value) implements Rating {}

    /** The criterion did not apply to this contact: its weight goes to the others. */
    enum NotApplicable implements Rating {
        INSTANCE
    }
}

package org.frontline.qualityaudit.scorecard;

import org.frontline.core.domain.shared.InvalidValueException;

/** How a criterion is rated: yes/no, 1 to 5, or 0 to 10 (any of them may also be answered N/A). */
public enum Scale {
    /** 1 for yes, 0 for no. */
    YES_NO(0, 1),
    ONE_TO_FIVE(1, 5),
    ZERO_TO_TEN(0, 10);

    private final int min;
    private final int max;

    Scale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** The rating as a share of the scale, from 0 (its bottom) to 1 (its top). */
    public double share(String criterion, int value) {
        if (value < min || value > max) {
            throw new InvalidValueException(
                    "answers", criterion + " is rated " + min + " to " + max + " (" + this + "), got " + value);
        }
        return (double) (value - min) / (max - min);
    }

    /** Whether the rating is the bottom of the scale: a "no". */
    public boolean isBottom(int value) {
        return value == min;
    }
}

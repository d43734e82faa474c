package org.frontline.core.domain.agent;

import org.frontline.core.domain.shared.InvalidValueException;

/** Proficiency levels run from 1 (learning) to 5 (expert) for skills, languages and channels alike. */
final class Proficiency {
    static final int MIN = 1;
    static final int MAX = 5;

    private Proficiency() {}

    static int require(String field, String what, int level) {
        if (level < MIN || level > MAX) {
            throw new InvalidValueException(
                    field, what + " proficiency must be between " + MIN + " and " + MAX + ", got " + level);
        }
        return level;
    }
}

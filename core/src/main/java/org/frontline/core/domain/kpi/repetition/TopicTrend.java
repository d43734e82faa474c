package org.frontline.core.domain.kpi.repetition;

/** How a topic's contacts compare with the period before: more or fewer by at least a tenth, or about the same. */
public enum TopicTrend {
    RISING,
    FALLING,
    STEADY,
    /** No contacts about it in the period before. */
    NEW;

    static final double THRESHOLD = 0.10;

    static TopicTrend of(long now, long before) {
        if (before == 0) {
            return now == 0 ? STEADY : NEW;
        }
        double change = (double) (now - before) / before;
        return change >= THRESHOLD ? RISING : change <= -THRESHOLD ? FALLING : STEADY;
    }
}

package org.frontline.routing.engine;

import java.util.List;
import java.util.Objects;

/**
 * Why a decision went the way it did, written out only when someone reads it (the engine decides far more often than
 * anyone asks): what the contact needed then, the candidates weighed (best first, at most a handful) and why the
 * winner won.
 */
public interface Explanation {

    String requirement();

    List<String> candidates();

    String why();

    /** An explanation already written out, as read back from the decision log. */
    static Explanation written(String requirement, List<String> candidates, String why) {
        return new Written(requirement, List.copyOf(candidates), why);
    }

    /** The written-out form. */
    record Written(String requirement, List<String> candidates, String why) implements Explanation {
        public Written {
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(why, "why");
        }
    }
}

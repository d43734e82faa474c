package org.frontline.routing.engine;

import java.time.Instant;
import java.util.List;
import org.frontline.core.domain.shared.Channel;

/**
 * One routing decision: which contact went to which agent, on which channel, when and what set it off, with its
 * {@link Explanation} (written out when read).
 */
public record Decision(
        long contactId, long agentId, Channel channel, Instant at, Trigger trigger, Explanation explanation) {

    /** What made the engine decide. */
    public enum Trigger {
        /** A contact arrived and agents were free. */
        CONTACT_ARRIVED,
        /** An agent became free and contacts were waiting. */
        AGENT_FREE,
        /** A waiting contact's requirement widened and a free agent now qualified. */
        WIDENED
    }

    /** What the contact needed when it was decided. */
    public String requirement() {
        return explanation.requirement();
    }

    /** The candidates weighed, best first. */
    public List<String> candidates() {
        return explanation.candidates();
    }

    /** Why the winner won. */
    public String why() {
        return explanation.why();
    }
}

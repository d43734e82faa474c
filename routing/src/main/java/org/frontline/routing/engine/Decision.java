package org.frontline.routing.engine;

import java.time.Instant;
import java.util.List;
import org.frontline.core.domain.shared.Channel;

/**
 * One routing decision and why: which contact went to which agent, what set it off, what the contact needed then,
 * the candidates weighed (best first, at most a handful) and why the winner won.
 */
public record Decision(
        long contactId,
        long agentId,
        Channel channel,
        Instant at,
        Trigger trigger,
        String requirement,
        List<String> candidates,
        String why) {

    /** What made the engine decide. */
    public enum Trigger {
        /** A contact arrived and agents were free. */
        CONTACT_ARRIVED,
        /** An agent became free and contacts were waiting. */
        AGENT_FREE,
        /** A waiting contact's requirement widened and a free agent now qualified. */
        WIDENED
    }
}

package org.frontline.web.routing;

import java.time.Instant;
import java.util.List;
import org.frontline.routing.engine.Decision;

/** One routing decision: which agent got the contact, when and why, and the candidates weighed (best first). */
public record DecisionResponse(
        long contactId,
        long agentId,
        String channel,
        Instant at,
        String trigger,
        String requirement,
        List<String> candidates,
        String why) {

    static DecisionResponse from(Decision d) {
        return new DecisionResponse(
                d.contactId(),
                d.agentId(),
                d.channel().name(),
                d.at(),
                d.trigger().name(),
                d.requirement(),
                d.candidates(),
                d.why());
    }
}

package org.frontline.web.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.frontline.routing.desk.RoutingDesk;

/**
 * Tells the routing desk about agents changed through the agents' API, once the change is committed: a new skill or
 * an agent becoming available can give them a waiting contact at once.
 */
@ApplicationScoped
public class RoutingAgentSync {
    private static final Logger LOG = Logger.getLogger(RoutingAgentSync.class.getName());

    @Inject
    RoutingDesk desk;

    void agentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChanged change) {
        try {
            desk.agentChanged(change.agentId());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Routing could not take in agent " + change.agentId() + "; it rebuilds next time",
                    e);
        }
    }
}

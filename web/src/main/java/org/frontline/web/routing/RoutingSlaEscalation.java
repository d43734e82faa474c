package org.frontline.web.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.frontline.core.domain.shared.DomainException;
import org.frontline.core.domain.sla.SlaEvent;
import org.frontline.routing.desk.RoutingDesk;

/**
 * Passes each recorded SLA warning or breach to routing, which may move the case's waiting contacts up a tier when
 * a response target crossed.
 */
@ApplicationScoped
public class RoutingSlaEscalation {
    private static final Logger LOG = Logger.getLogger(RoutingSlaEscalation.class.getName());

    @Inject
    RoutingDesk desk;

    void slaCrossed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlaEvent event) {
        String reason = "SLA " + event.target() + " " + event.kind() + " at " + event.occurredAt();
        try {
            int moved = desk.slaCrossed(event.caseId(), event.target(), event.kind(), reason);
            if (moved > 0) {
                LOG.info(() ->
                        reason + ": " + moved + " waiting contacts of case " + event.caseId() + " moved up a tier");
            }
        } catch (DomainException refused) {
            LOG.log(Level.FINE, "Case " + event.caseId() + " not escalated on " + reason, refused);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Routing could not escalate case " + event.caseId() + " on " + reason, e);
        }
    }
}

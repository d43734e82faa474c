package org.frontline.web.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.frontline.core.domain.sla.SlaEvent;

/** Counts committed SLA warnings and breaches per target on {@code /metrics} ({@code sla_events_total}). */
@ApplicationScoped
public class SlaEventMetrics {

    @Inject
    MetricRegistry registry;

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlaEvent event) {
        registry.counter(
                        "sla.events",
                        new Tag("target", event.target().name()),
                        new Tag("kind", event.kind().name()))
                .inc();
    }
}

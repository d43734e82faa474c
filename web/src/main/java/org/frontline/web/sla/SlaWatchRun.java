package org.frontline.web.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.frontline.core.domain.sla.SlaEvent;
import org.frontline.core.domain.sla.SlaWatch;

/** One run of the SLA watch in its own transaction; announces each recorded event to CDI observers. */
@ApplicationScoped
public class SlaWatchRun {

    @Inject
    SlaWatch watch;

    @Inject
    Event<SlaEvent> announcements;

    /** Observers that must see only committed events observe with {@code during = AFTER_SUCCESS}. */
    @Transactional
    public List<SlaEvent> run() {
        List<SlaEvent> recorded = watch.watch();
        recorded.forEach(announcements::fire);
        return recorded;
    }
}

package org.frontline.core.domain.sla;

import java.util.Collection;
import java.util.Set;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores SLA events, and keeps two servers from watching SLAs at the same time. */
public interface SlaEventRepository {

    /** Waits until no other transaction, on any server, holds the SLA watch; holds it until this one ends. */
    void lockWatch();

    /** The crossings already recorded for these cases. */
    Set<SlaEvent.Crossing> crossingsOf(Collection<Long> caseIds);

    SlaEvent add(SlaEvent event);

    /** Events matching the filter, oldest recorded first. */
    Page<SlaEvent> list(SlaEventFilter filter, PageRequest request);
}

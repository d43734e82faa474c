package org.frontline.web.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each new revision with the current actor; work outside a request (start-up, demo data) is "system". */
public class ActorRevisionListener implements RevisionListener {
    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).recordActor(CurrentActor.get().orElse(SYSTEM));
    }
}

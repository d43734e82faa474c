package org.frontline.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.cases.CaseService;
import org.frontline.core.domain.contact.ContactService;
import org.frontline.qualityaudit.review.ReviewTarget;
import org.frontline.web.security.CurrentUser;

/** Lets agents see the QA reviews of their own contacts and cases only; QA analysts and team leads see them all. */
@RequestScoped
public class ReviewVisibility {

    @Inject
    CurrentUser me;

    @Inject
    ContactService contacts;

    @Inject
    CaseService cases;

    /** Refuses (403) an agent who did not handle the reviewed contact or case. */
    void requireVisible(ReviewTarget target) {
        if (me.overseesAgents()) {
            return;
        }
        Optional<Long> handledBy = target.contactId().isPresent()
                ? contacts.get(target.contactId().get()).details().agentId()
                : cases.get(target.caseId().orElseThrow()).owner().map(Agent::id);
        if (handledBy.isEmpty() || !handledBy.get().equals(me.account().agentId())) {
            throw CurrentUser.notYours("Agents see the reviews of their own contacts and cases only.");
        }
    }
}

package org.frontline.qualityaudit.review;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.cases.CaseService;
import org.frontline.core.domain.contact.Contact;
import org.frontline.core.domain.contact.ContactFilter;
import org.frontline.core.domain.contact.ContactService;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Who handled what a review scores: the contact's agent, or every agent who handled a contact of the case. */
public final class Handlers {
    private final ContactService contacts;
    private final CaseService cases;

    public Handlers(ContactService contacts, CaseService cases) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    /** The agents who handled the target; refuses (not found) a contact or case that does not exist. */
    public Set<Long> of(ReviewTarget target) {
        if (target.contactId().isPresent()) {
            return contacts.get(target.contactId().get())
                    .details()
                    .agentId()
                    .map(Set::of)
                    .orElse(Set.of());
        }
        cases.get(target.caseId().orElseThrow());
        Set<Long> agents = new LinkedHashSet<>();
        ContactFilter ofCase = new ContactFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                target.caseId(),
                Optional.empty(),
                Optional.empty());
        Page<Contact> page;
        int number = 0;
        do {
            page = contacts.list(ofCase, new PageRequest(number++, PageRequest.MAX_SIZE));
            page.items().forEach(c -> c.details().agentId().ifPresent(agents::add));
        } while (number < page.totalPages());
        return agents;
    }
}

package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import org.frontline.core.domain.contact.Contact;
import org.frontline.core.domain.contact.ContactFilter;
import org.frontline.core.domain.contact.ContactRepository;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Contacts stored through Jakarta Persistence. */
public class JpaContactRepository extends JpaRepository<Contact> implements ContactRepository {

    public JpaContactRepository(EntityManager em) {
        super(em, Contact.class);
    }

    @Override
    public Page<Contact> list(ContactFilter filter, PageRequest request) {
        QueryConditions conditions = new QueryConditions()
                .and(filter.channel(), "e.channel = :channel", "channel")
                .and(filter.customerId(), "e.customerId = :customer", "customer")
                .and(filter.agentId(), "e.agentId = :agent", "agent")
                .and(filter.caseId(), "e.caseId = :case", "case")
                .and(filter.from(), "e.arrivedAt >= :from", "from")
                .and(filter.to(), "e.arrivedAt < :to", "to");
        return page(conditions, "e.arrivedAt desc, e.id desc", request);
    }

    @Override
    public long countByCase(long caseId) {
        return em.createQuery("select count(c) from Contact c where c.caseId = :case", Long.class)
                .setParameter("case", caseId)
                .getSingleResult();
    }

    @Override
    public long countByCustomer(long customerId) {
        return em.createQuery("select count(c) from Contact c where c.customerId = :customer", Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }
}

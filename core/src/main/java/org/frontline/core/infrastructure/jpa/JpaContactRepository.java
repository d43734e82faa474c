package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.frontline.core.domain.contact.Contact;
import org.frontline.core.domain.contact.ContactFilter;
import org.frontline.core.domain.contact.ContactRepository;
import org.frontline.core.domain.contact.Direction;
import org.frontline.core.domain.contact.InboundWork;
import org.frontline.core.domain.shared.Channel;
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
    public void forEachInbound(Instant from, Instant to, Optional<Channel> channel, Consumer<InboundWork> each) {
        String ofChannel = channel.isPresent() ? " and c.channel = :channel" : "";
        TypedQuery<InboundWork> query = em.createQuery(
                        "select new org.frontline.core.domain.contact.InboundWork(c.arrivedAt,"
                                + " case when c.answeredAt is not null then true else false end, c.talkSeconds + c.holdSeconds + c.wrapUpSeconds)"
                                + " from Contact c where c.direction = :inbound"
                                + " and c.arrivedAt >= :from and c.arrivedAt < :to" + ofChannel
                                + " order by c.arrivedAt",
                        InboundWork.class)
                .setParameter("inbound", Direction.INBOUND)
                .setParameter("from", from)
                .setParameter("to", to);
        channel.ifPresent(c -> query.setParameter("channel", c));
        try (Stream<InboundWork> rows = query.getResultStream()) {
            rows.forEach(each);
        }
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

package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.sla.BusinessCalendar;
import org.frontline.core.domain.sla.SlaPolicy;
import org.frontline.core.domain.sla.SlaRepository;

/** SLA policies and business calendars stored through Jakarta Persistence. */
public class JpaSlaRepository implements SlaRepository {
    private final EntityManager em;
    private final Policies policies;
    private final Calendars calendars;

    public JpaSlaRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
        this.policies = new Policies(em);
        this.calendars = new Calendars(em);
    }

    /** The policy half. */
    private static final class Policies extends JpaRepository<SlaPolicy> {
        Policies(EntityManager em) {
            super(em, SlaPolicy.class);
        }

        Page<SlaPolicy> list(PageRequest request) {
            return page(new QueryConditions(), "e.valueTier, e.priority, e.id", request);
        }
    }

    /** The calendar half. */
    private static final class Calendars extends JpaRepository<BusinessCalendar> {
        Calendars(EntityManager em) {
            super(em, BusinessCalendar.class);
        }

        Page<BusinessCalendar> list(PageRequest request) {
            return page(new QueryConditions(), "e.name, e.id", request);
        }
    }

    @Override
    public Optional<SlaPolicy> findPolicy(long id) {
        return policies.findById(id);
    }

    @Override
    public Optional<SlaPolicy> findPolicy(ValueTier tier, Priority priority) {
        return em.createQuery(
                        "select p from SlaPolicy p where p.valueTier = :tier and p.priority = :priority",
                        SlaPolicy.class)
                .setParameter("tier", tier)
                .setParameter("priority", priority)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<SlaPolicy> listPolicies(PageRequest request) {
        return policies.list(request);
    }

    @Override
    public SlaPolicy addPolicy(SlaPolicy policy) {
        return policies.add(policy);
    }

    @Override
    public Optional<BusinessCalendar> findCalendar(long id) {
        return calendars.findById(id);
    }

    @Override
    public Optional<BusinessCalendar> findCalendar(String name) {
        return em.createQuery("select c from BusinessCalendar c where c.name = :name", BusinessCalendar.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<BusinessCalendar> listCalendars(PageRequest request) {
        return calendars.list(request);
    }

    @Override
    public BusinessCalendar addCalendar(BusinessCalendar calendar) {
        return calendars.add(calendar);
    }

    @Override
    public void flush() {
        em.flush();
    }
}

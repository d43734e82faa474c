package org.frontline.kb;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseDetails;
import org.frontline.core.domain.cases.CaseTransition;
import org.frontline.core.domain.cases.CaseType;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.cases.ResolutionCode;
import org.frontline.core.domain.contact.Contact;
import org.frontline.core.domain.contact.ContactDetails;
import org.frontline.core.domain.contact.ContactTimeline;
import org.frontline.core.domain.contact.Direction;
import org.frontline.core.domain.customer.Customer;
import org.frontline.core.domain.customer.CustomerProfile;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Channel;

/** Writes core's cases, their histories and contacts straight through the entities, for the knowledge base's tests. */
public final class Cases {
    private final EntityManager em;
    private final Clock clock;

    Cases(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A case raised now by a new customer, with {@code contacts} phone calls. */
    public Case raise(String subject, String description, int contacts) {
        Instant now = clock.instant();
        Customer customer = new Customer(
                new CustomerProfile(
                        "Customer of " + subject,
                        null,
                        null,
                        Locale.ENGLISH,
                        ZoneId.of("UTC"),
                        ValueTier.SILVER,
                        Optional.empty()),
                now);
        em.persist(customer);
        Case raised = new Case(customer, new CaseDetails(subject, description, CaseType.QUESTION, Priority.P3), now);
        em.persist(raised);
        em.flush();
        em.persist(raised.raised());
        for (int i = 0; i < contacts; i++) {
            em.persist(new Contact(
                    new ContactDetails(
                            Channel.PHONE,
                            Direction.INBOUND,
                            Optional.of(customer.id()),
                            Optional.empty(),
                            Optional.of(raised.id()),
                            Optional.empty(),
                            null,
                            null,
                            false,
                            false,
                            null),
                    new ContactTimeline(
                            now,
                            Optional.of(now),
                            Optional.of(now),
                            Optional.empty(),
                            Optional.of(now.plusSeconds(300)),
                            Duration.ofSeconds(240),
                            Duration.ZERO,
                            Duration.ofSeconds(60),
                            false)));
        }
        return raised;
    }

    public void resolve(long caseId) {
        keep(em.find(Case.class, caseId).resolve(ResolutionCode.ANSWERED, null, clock.instant()));
    }

    public void reopen(long caseId) {
        keep(em.find(Case.class, caseId).reopen("came back", clock.instant()));
    }

    private void keep(CaseTransition transition) {
        em.persist(transition);
        em.flush();
    }
}

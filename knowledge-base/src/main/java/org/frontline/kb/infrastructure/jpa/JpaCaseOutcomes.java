package org.frontline.kb.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseTransition;
import org.frontline.core.domain.cases.FirstContactResolution;
import org.frontline.core.infrastructure.jpa.JpaCaseRepository;
import org.frontline.kb.domain.usage.CaseOutcome;
import org.frontline.kb.domain.usage.CaseOutcomes;

/**
 * Case outcomes read from core's cases, their histories and their contacts, a few queries per batch of cases rather
 * than several per case; first-contact resolution and its reopen window are core's definition.
 */
public class JpaCaseOutcomes implements CaseOutcomes {
    private static final int BATCH = 500;

    private final EntityManager em;
    private final FirstContactResolution firstContactResolution;
    private final Clock clock;

    public JpaCaseOutcomes(EntityManager em, FirstContactResolution firstContactResolution, Clock clock) {
        this.em = Objects.requireNonNull(em, "em");
        this.firstContactResolution = Objects.requireNonNull(firstContactResolution, "firstContactResolution");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean exists(long caseId) {
        return em.find(Case.class, caseId) != null;
    }

    @Override
    public Map<Long, CaseOutcome> of(Collection<Long> caseIds) {
        Map<Long, CaseOutcome> outcomes = new HashMap<>();
        List<Long> ids = List.copyOf(caseIds);
        Instant now = clock.instant();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<Long, List<CaseTransition>> histories = new JpaCaseRepository(em)
                    .histories(batch).stream().collect(Collectors.groupingBy(CaseTransition::caseId));
            Map<Long, Long> contacts = contactsOf(batch);
            for (Case c : em.createQuery("select c from SupportCase c where c.id in :ids", Case.class)
                    .setParameter("ids", batch)
                    .getResultList()) {
                boolean reopened =
                        firstContactResolution.reopenedWithinWindow(histories.getOrDefault(c.id(), new ArrayList<>()));
                outcomes.put(
                        c.id(),
                        new CaseOutcome(
                                c.id(),
                                firstContactResolution.resolutionHeld(c, reopened, now),
                                firstContactResolution.of(c, contacts.getOrDefault(c.id(), 0L), reopened, now)));
            }
        }
        return outcomes;
    }

    private Map<Long, Long> contactsOf(List<Long> caseIds) {
        return em.createQuery(
                        "select c.caseId, count(c) from Contact c where c.caseId in :ids group by c.caseId",
                        Object[].class)
                .setParameter("ids", caseIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}

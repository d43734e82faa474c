package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.frontline.qualityaudit.ledger.LedgerEntry;
import org.frontline.qualityaudit.ledger.LedgerHead;
import org.frontline.qualityaudit.ledger.LedgerKind;
import org.frontline.qualityaudit.ledger.LedgerRepository;

/** The hash chain through Jakarta Persistence: the head row is locked for update while an entry is appended. */
public class JpaLedgerRepository implements LedgerRepository {
    private static final int FETCH_SIZE = 1_000;

    private final EntityManager em;

    public JpaLedgerRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<LedgerEntry> lockedLast() {
        LedgerHead head = em.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
        return head.lastPosition() == 0
                ? Optional.empty()
                : Optional.of(em.find(LedgerEntry.class, head.lastPosition()));
    }

    @Override
    public void add(LedgerEntry entry) {
        em.persist(entry);
        em.find(LedgerHead.class, LedgerHead.ID).advanceTo(entry.position());
        em.flush();
    }

    @Override
    public void forEachFrom(long position, Consumer<LedgerEntry> consumer) {
        try (Stream<LedgerEntry> all = em.createQuery(
                        "select e from LedgerEntry e where e.position >= :from order by e.position", LedgerEntry.class)
                .setParameter("from", position)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            all.forEach(entry -> {
                consumer.accept(entry);
                em.detach(entry);
            });
        }
    }

    @Override
    public Optional<LedgerEntry> at(long position) {
        return Optional.ofNullable(em.find(LedgerEntry.class, position));
    }

    @Override
    public Optional<LedgerEntry> about(LedgerKind kind, long recordId) {
        return em.createQuery(
                        "select e from LedgerEntry e where e.kind = :kind and e.recordId = :record order by e.position",
                        LedgerEntry.class)
                .setParameter("kind", kind)
                .setParameter("record", recordId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}

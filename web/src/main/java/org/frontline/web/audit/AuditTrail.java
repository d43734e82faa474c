package org.frontline.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** Reads an entity's history from the Envers audit tables, oldest revision first. */
@ApplicationScoped
public class AuditTrail {
    /** The longest history one call returns. */
    public static final int MAX_REVISIONS = 500;

    @PersistenceContext(unitName = "frontline")
    private EntityManager entityManager;

    /** Every revision of the entity with that id, each mapped to the shape the API returns for it. */
    public <E, R> List<AuditEntry<R>> of(Class<E> type, long id, Function<? super E, ? extends R> shape) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .setMaxResults(MAX_REVISIONS)
                .getResultList();
        return rows.stream()
                .map(row -> {
                    AuditRevision revision = (AuditRevision) row[1];
                    RevisionType change = (RevisionType) row[2];
                    R state = change == RevisionType.DEL ? null : shape.apply(type.cast(row[0]));
                    return new AuditEntry<R>(revision.id(), revision.at(), revision.actor(), change.name(), state);
                })
                .toList();
    }
}

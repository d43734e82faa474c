package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/**
 * What every repository does the same way over an {@code EntityManager}: find by id, add, flush, page a query; the
 * other modules' repositories build on it too.
 */
public abstract class JpaRepository<T> {
    protected final EntityManager em;
    private final Class<T> type;

    protected JpaRepository(EntityManager em, Class<T> type) {
        this.em = Objects.requireNonNull(em, "em");
        this.type = Objects.requireNonNull(type, "type");
    }

    public Optional<T> findById(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public T add(T entity) {
        em.persist(entity);
        return entity;
    }

    public void flush() {
        em.flush();
    }

    /**
     * One page of the entities matching {@code conditions}, in {@code order}, with the total of the same selection;
     * the conditions and order refer to the entity as {@code e}.
     */
    protected Page<T> page(QueryConditions conditions, String order, PageRequest request) {
        String from = " from " + em.getMetamodel().entity(type).getName() + " e" + conditions.where();
        TypedQuery<T> items = conditions.bind(em.createQuery("select e" + from + " order by " + order, type));
        TypedQuery<Long> count = conditions.bind(em.createQuery("select count(e)" + from, Long.class));
        return Page.of(
                items.setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList(),
                request,
                count.getSingleResult());
    }
}

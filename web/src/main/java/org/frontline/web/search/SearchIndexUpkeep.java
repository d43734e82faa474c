package org.frontline.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * Rebuilds the search index from the database at start-up when the two disagree (a new node, a deleted or restored
 * index directory, a restored database), since the index is derived data and the database is the truth.
 */
@ApplicationScoped
public class SearchIndexUpkeep {
    private static final Logger LOG = Logger.getLogger(SearchIndexUpkeep.class.getName());

    @PersistenceUnit(unitName = "frontline")
    private EntityManagerFactory entityManagerFactory;

    /** Runs after the database migration (which observes with a lower priority). */
    void rebuildStaleIndexesOnStartup(@Observes Startup startup) throws InterruptedException {
        List<Class<?>> stale = staleEntityTypes();
        if (stale.isEmpty()) {
            LOG.info("Search index agrees with the database");
            return;
        }
        LOG.info(() -> "Rebuilding the search index of " + stale + " from the database");
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory)
                .scope(Object.class, stale.stream().map(Class::getName).toList())
                .massIndexer()
                .threadsToLoadObjects(1)
                .startAndWait();
        LOG.info(() -> "Search index rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** Indexed entity types whose document count differs from their row count. */
    private List<Class<?>> staleEntityTypes() {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        List<Class<?>> stale = new ArrayList<>();
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
                long rows = em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                        .getSingleResult();
                long documents = Search.session(em)
                        .search(entity.javaClass())
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount();
                if (rows != documents) {
                    LOG.info(() -> entity.jpaName() + ": " + rows + " rows but " + documents + " indexed documents");
                    stale.add(entity.javaClass());
                }
            }
        } finally {
            em.close();
        }
        return stale;
    }
}

package org.frontline.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hibernate.search.mapper.orm.Search;

/** Ready only while the search index answers a query, since agents cannot work without search. */
@Readiness
@ApplicationScoped
public class SearchIndexReadinessCheck implements HealthCheck {

    @PersistenceUnit(unitName = "frontline")
    private EntityManagerFactory entityManagerFactory;

    @Override
    public HealthCheckResponse call() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            long documents = Search.session(em)
                    .search(Object.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            return HealthCheckResponse.named("search-index")
                    .up()
                    .withData("documents", documents)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("search-index")
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        } finally {
            em.close();
        }
    }
}

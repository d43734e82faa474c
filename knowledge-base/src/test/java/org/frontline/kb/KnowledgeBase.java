package org.frontline.kb;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.frontline.kb.domain.article.ArticleService;
import org.frontline.kb.domain.search.ArticleSearch;
import org.frontline.kb.infrastructure.jpa.JpaArticleRepository;
import org.frontline.kb.search.HibernateArticleSearch;

/**
 * A real knowledge base for tests: a fresh in-memory H2 migrated by the project's own Flyway migrations, Hibernate ORM
 * validating against it, and Hibernate Search indexing into an in-memory Lucene directory.
 */
public final class KnowledgeBase implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EntityManagerFactory factory;
    private final Clock clock;

    public KnowledgeBase(Clock clock) {
        this.clock = clock;
        String url = "jdbc:h2:mem:kb" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        this.factory = Persistence.createEntityManagerFactory(
                "kb-test", Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa"));
    }

    /** Runs the work in one transaction with the article service and search bound to it. */
    public <T> T inTransaction(Function<Services, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new Services(
                    new ArticleService(new JpaArticleRepository(em), clock), new HibernateArticleSearch(em)));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** What a test works with inside a transaction. */
    public record Services(ArticleService articles, ArticleSearch search) {}

    @Override
    public void close() {
        factory.close();
    }
}

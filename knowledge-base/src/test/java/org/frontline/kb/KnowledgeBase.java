package org.frontline.kb;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.frontline.core.domain.cases.FirstContactResolution;
import org.frontline.kb.domain.article.ArticleService;
import org.frontline.kb.domain.search.ArticleSearch;
import org.frontline.kb.domain.usage.ContentGaps;
import org.frontline.kb.domain.usage.EffectivenessService;
import org.frontline.kb.domain.usage.StaleArticles;
import org.frontline.kb.domain.usage.UsageRepository;
import org.frontline.kb.domain.usage.UsageService;
import org.frontline.kb.infrastructure.jpa.JpaArticleRepository;
import org.frontline.kb.infrastructure.jpa.JpaCaseOutcomes;
import org.frontline.kb.infrastructure.jpa.JpaUsageRepository;
import org.frontline.kb.search.HibernateArticleSearch;
import org.frontline.kb.search.HibernateSimilarCases;

/**
 * A real knowledge base for tests: a fresh in-memory H2 migrated by the project's own Flyway migrations, Hibernate ORM
 * validating against it, and Hibernate Search indexing into an in-memory Lucene directory. Core's cases are there too,
 * for the knowledge base's links to them.
 */
public final class KnowledgeBase implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** Cases reopened within a week of their resolution were not solved. */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(7);

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
            T result = work.apply(services(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private Services services(EntityManager em) {
        JpaArticleRepository articles = new JpaArticleRepository(em);
        JpaUsageRepository usage = new JpaUsageRepository(em);
        JpaCaseOutcomes outcomes = new JpaCaseOutcomes(em, new FirstContactResolution(REOPEN_WINDOW), clock);
        return new Services(
                new ArticleService(articles, clock),
                new HibernateArticleSearch(em),
                new UsageService(articles, usage, outcomes, clock),
                new EffectivenessService(articles, usage, outcomes, new HibernateSimilarCases(em)),
                new StaleArticles(articles, usage, outcomes, clock),
                new ContentGaps(usage, clock),
                usage,
                new Cases(em, clock));
    }

    /** What a test works with inside a transaction. */
    public record Services(
            ArticleService articles,
            ArticleSearch search,
            UsageService usage,
            EffectivenessService effectiveness,
            StaleArticles stale,
            ContentGaps gaps,
            UsageRepository records,
            Cases cases) {}

    @Override
    public void close() {
        factory.close();
    }
}

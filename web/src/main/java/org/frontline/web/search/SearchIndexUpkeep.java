package org.frontline.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * Rebuilds the search index from the database at start-up when the two disagree (a new node, a deleted or restored
 * index directory, a restored database), when an index cannot be read (corrupt files), or when the index was written
 * under another version of the mapping (Lucene refuses documents whose fields changed options), since the index is
 * derived data and the database is the truth.
 */
@ApplicationScoped
public class SearchIndexUpkeep {
    private static final Logger LOG = Logger.getLogger(SearchIndexUpkeep.class.getName());

    /** Raise it whenever a search mapping or analyzer changes: indexes written under another version are rebuilt. */
    static final String MAPPING_VERSION = "3";

    private static final String INDEX_ROOT = "hibernate.search.backend.directory.root";
    private static final String VERSION_FILE = "mapping-version";

    @PersistenceUnit(unitName = "frontline")
    private EntityManagerFactory entityManagerFactory;

    /** Runs after the database migration (which observes with a lower priority). */
    void rebuildStaleIndexesOnStartup(@Observes Startup startup) throws InterruptedException, IOException {
        Optional<Path> versionFile = versionFile();
        if (versionFile.isPresent() && !isCurrent(versionFile.get())) {
            LOG.info(() -> "The search index was written under another mapping version; rebuilding it as version "
                    + MAPPING_VERSION);
            long start = System.nanoTime();
            Search.mapping(entityManagerFactory)
                    .scope(Object.class)
                    .schemaManager()
                    .dropAndCreate();
            rebuild(Search.mapping(entityManagerFactory).allIndexedEntities().stream()
                    .<Class<?>>map(SearchIndexedEntity::javaClass)
                    .toList());
            Files.writeString(versionFile.get(), MAPPING_VERSION, StandardCharsets.UTF_8);
            LOG.info(() -> "Search index rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return;
        }
        List<Class<?>> stale = staleEntityTypes();
        if (stale.isEmpty()) {
            LOG.info("Search index agrees with the database");
            return;
        }
        LOG.info(() -> "Rebuilding the search index of " + stale + " from the database");
        long start = System.nanoTime();
        rebuild(stale);
        LOG.info(() -> "Search index rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private void rebuild(List<Class<?>> types) throws InterruptedException {
        Search.mapping(entityManagerFactory)
                .scope(Object.class, types.stream().map(Class::getName).toList())
                .massIndexer()
                .threadsToLoadObjects(1)
                .startAndWait();
    }

    /** Where a local (Lucene) index keeps its mapping version; none for a remote backend. */
    private Optional<Path> versionFile() {
        Object root = entityManagerFactory.getProperties().get(INDEX_ROOT);
        return root == null ? Optional.empty() : Optional.of(Path.of(root.toString(), VERSION_FILE));
    }

    /** Current, or an index with nothing in it yet (which starts at this version). */
    private boolean isCurrent(Path versionFile) throws IOException {
        if (Files.exists(versionFile)) {
            return Files.readString(versionFile, StandardCharsets.UTF_8).strip().equals(MAPPING_VERSION);
        }
        if (indexedDocuments() > 0) {
            return false;
        }
        Files.createDirectories(versionFile.getParent());
        Files.writeString(versionFile, MAPPING_VERSION, StandardCharsets.UTF_8);
        return true;
    }

    private long indexedDocuments() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return Search.session(em)
                    .search(Object.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    /**
     * Indexed entity types whose document count differs from their row count, or whose index cannot be read (a corrupt
     * or half-deleted directory: dropped here, so the rebuild starts from an empty index).
     */
    private List<Class<?>> staleEntityTypes() {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        List<Class<?>> stale = new ArrayList<>();
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
                long rows = em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                        .getSingleResult();
                long documents = documentsOrDrop(em, entity);
                if (documents >= 0 && rows != documents) {
                    LOG.info(() -> entity.jpaName() + ": " + rows + " rows but " + documents + " indexed documents");
                }
                if (rows != documents) {
                    stale.add(entity.javaClass());
                }
            }
        } finally {
            em.close();
        }
        return stale;
    }

    /** The entity type's indexed documents; an index that cannot be read is dropped and counts as -1. */
    private long documentsOrDrop(EntityManager em, SearchIndexedEntity<?> entity) {
        try {
            return Search.session(em)
                    .search(entity.javaClass())
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The search index of " + entity.jpaName() + " cannot be read; dropping and rebuilding it",
                    e);
            Search.mapping(entityManagerFactory)
                    .scope(entity.javaClass())
                    .schemaManager()
                    .dropAndCreate();
            return -1;
        }
    }
}

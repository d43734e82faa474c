package org.frontline.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Clock;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;

/**
 * Rebuilds the search index from the database on an administrator's request, in the background, one rebuild at a
 * time on this server; the last few rebuilds stay readable with their progress and outcome.
 */
@ApplicationScoped
public class IndexRebuilds {
    private static final Logger LOG = Logger.getLogger(IndexRebuilds.class.getName());
    private static final int KEPT = 10;
    private static final long SHUTDOWN_WAIT_SECONDS = 120;

    @PersistenceUnit(unitName = "frontline")
    EntityManagerFactory entityManagerFactory;

    @Inject
    Clock clock;

    private final AtomicLong ids = new AtomicLong();
    private final Deque<IndexRebuild> rebuilds = new ConcurrentLinkedDeque<>();
    private volatile CompletableFuture<?> current = CompletableFuture.completedFuture(null);

    /** Starts a rebuild, or returns the one already running. */
    public synchronized IndexRebuild.Snapshot start() {
        IndexRebuild latest = rebuilds.peekFirst();
        if (latest != null && latest.isRunning()) {
            return latest.snapshot();
        }
        IndexRebuild rebuild = new IndexRebuild(ids.incrementAndGet(), clock.instant());
        rebuilds.addFirst(rebuild);
        while (rebuilds.size() > KEPT) {
            rebuilds.removeLast();
        }
        LOG.info(() -> "Search index rebuild " + rebuild.id() + " started");
        current = Search.mapping(entityManagerFactory)
                .scope(Object.class)
                .massIndexer()
                .threadsToLoadObjects(1)
                .monitor(rebuild.monitor())
                .start()
                .toCompletableFuture()
                .whenComplete((done, error) -> {
                    rebuild.finished(clock.instant(), Optional.ofNullable(error));
                    LOG.log(
                            error == null ? Level.INFO : Level.SEVERE,
                            "Search index rebuild " + rebuild.id() + " "
                                    + rebuild.snapshot().state(),
                            error);
                });
        return rebuild.snapshot();
    }

    public Optional<IndexRebuild.Snapshot> get(long id) {
        return rebuilds.stream().filter(r -> r.id() == id).findFirst().map(IndexRebuild::snapshot);
    }

    /** The kept rebuilds, latest first. */
    public List<IndexRebuild.Snapshot> recent() {
        return rebuilds.stream().map(IndexRebuild::snapshot).toList();
    }

    /** Lets a running rebuild finish rather than pulling the persistence unit from under it. */
    void awaitOnShutdown(@Observes Shutdown shutdown) {
        try {
            current.get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Search index rebuild did not finish before shutdown", e);
        }
    }
}

package org.frontline.web.search;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;

/**
 * One rebuild of the search index from the database, and how far it has got: the mass indexer reports into it as it
 * goes, and readers see a consistent snapshot at any time.
 */
public final class IndexRebuild {
    /** Where a rebuild is in its life. */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** What a rebuild looked like at one moment. */
    public record Snapshot(
            long id, State state, Instant startedAt, Instant finishedAt, long total, long indexed, String failure) {}

    private final long id;
    private final Instant startedAt;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private volatile Instant finishedAt;
    private volatile String failure;

    IndexRebuild(long id, Instant startedAt) {
        this.id = id;
        this.startedAt = startedAt;
    }

    long id() {
        return id;
    }

    boolean isRunning() {
        return state.get() == State.RUNNING;
    }

    void finished(Instant at, Optional<Throwable> error) {
        finishedAt = at;
        error.ifPresent(e -> failure = e.getClass().getSimpleName() + ": " + e.getMessage());
        state.set(error.isPresent() ? State.FAILED : State.DONE);
    }

    Snapshot snapshot() {
        return new Snapshot(id, state.get(), startedAt, finishedAt, total.get(), indexed.get(), failure);
    }

    /** What the mass indexer reports to: the number of entities to index, and documents written so far. */
    MassIndexingMonitor monitor() {
        return new MassIndexingMonitor() {
            @Override
            public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
                return new MassIndexingTypeGroupMonitor() {
                    @Override
                    public void documentsIndexed(long count) {
                        // counted once, in documentsAdded
                    }

                    @Override
                    public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
                        started.totalCount().ifPresent(total::addAndGet);
                    }

                    @Override
                    public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
                        // the whole rebuild's end is recorded by finished()
                    }
                };
            }

            @Override
            public void documentsAdded(long count) {
                indexed.addAndGet(count);
            }

            @Override
            public void documentsBuilt(long count) {
                // written documents are what counts as progress
            }

            @Override
            public void entitiesLoaded(long count) {
                // written documents are what counts as progress
            }

            @Override
            public void indexingCompleted() {
                // the end is recorded by finished(), with its outcome
            }
        };
    }
}

package org.frontline.web.platform;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Runs background jobs one at a time, in order, on one container-managed thread (a long report or simulation keeps a
 * core busy, and the server has other work), and remembers the last {@code kept} of them by id.
 */
public final class JobQueue<J extends Runnable> {
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, J> jobs;
    private final ExecutorService worker;

    public JobQueue(ManagedThreadFactory threads, int kept) {
        this.worker = Executors.newSingleThreadExecutor(threads);
        this.jobs = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, J> eldest) {
                return size() > kept;
            }
        };
    }

    /** Creates the job with the next id, queues it and returns it at once. */
    public J submit(LongFunction<J> create) {
        long id = ids.incrementAndGet();
        J job = create.apply(id);
        synchronized (jobs) {
            jobs.put(id, job);
        }
        worker.execute(job);
        return job;
    }

    public Optional<J> get(long id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** Stops the worker, interrupting the job under way. */
    public void stop() {
        worker.shutdownNow();
    }
}

package org.frontline.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

/**
 * The home of one kind of background job: its {@link JobQueue} on a container-managed thread, started with the
 * application and stopped with it.
 */
public abstract class BackgroundJobs<J extends Runnable> {
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private final int kept;
    private JobQueue<J> queue;

    /** @param kept how many finished jobs stay readable */
    protected BackgroundJobs(int kept) {
        this.kept = kept;
    }

    @PostConstruct
    void start() {
        queue = new JobQueue<>(threads, kept);
    }

    @PreDestroy
    void stop() {
        queue.stop();
    }

    protected JobQueue<J> queue() {
        return queue;
    }
}

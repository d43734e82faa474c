package org.frontline.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontline.routing.desk.RoutingDesk;
import org.frontline.web.platform.BackgroundJobs;

/**
 * Resets the demo centre on an administrator's request, in the background and one reset at a time; the last
 * {@value #KEPT} stay readable with their progress and outcome.
 */
@ApplicationScoped
public class DemoResets extends BackgroundJobs<DemoReset> {
    private static final int KEPT = 10;

    @Inject
    Clock clock;

    @Inject
    DemoDataWipe wipe;

    @Inject
    DemoData demo;

    @Inject
    RoutingDesk desk;

    private DemoReset latest;

    public DemoResets() {
        super(KEPT);
    }

    /** Queues a reset, or returns the one not finished yet. */
    synchronized DemoReset submit() {
        if (latest == null || latest.isFinished()) {
            latest = queue().submit(id -> new DemoReset(id, new Steps(), clock));
        }
        return latest;
    }

    Optional<DemoReset> get(long id) {
        return queue().get(id);
    }

    /** The steps, done by this server's wipe, demo loader and routing desk. */
    private final class Steps implements DemoReset.Work {
        @Override
        public int wipe() throws Exception {
            return wipe.wipe();
        }

        @Override
        public String load(Consumer<String> progress) throws Exception {
            return demo.load(progress)
                    .orElseThrow(() -> new IllegalStateException("the wiped database held customers"));
        }

        @Override
        public int rebuildRouting() {
            return desk.rebuild();
        }
    }
}

package org.frontline.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DemoResetTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    /** Work that records what it was asked and what the reset showed while it was under way. */
    private static final class Recorded implements DemoReset.Work {
        final List<String> seen = new ArrayList<>();
        DemoReset reset;
        boolean routingFails;

        private void see() {
            DemoResetResponse now = reset.response();
            seen.add(now.state() + " " + now.stepsDone() + "/" + now.steps() + " " + now.step());
        }

        @Override
        public int wipe() {
            see();
            return 40;
        }

        @Override
        public String load(Consumer<String> progress) {
            for (int i = 1; i <= DemoData.STEPS; i++) {
                progress.accept("step " + i);
                see();
            }
            return "the demo";
        }

        @Override
        public int rebuildRouting() {
            see();
            if (routingFails) {
                throw new IllegalStateException("no routing today");
            }
            return 3;
        }
    }

    private static Recorded run(boolean routingFails) {
        Recorded work = new Recorded();
        work.routingFails = routingFails;
        work.reset = new DemoReset(7, work, CLOCK);
        assertThat(work.reset.response().state()).isEqualTo("QUEUED");
        work.reset.run();
        return work;
    }

    @Test
    void countsItsStepsAsTheyGoAndSaysWhatItDid() {
        Recorded work = run(false);

        int steps = DemoData.STEPS + 2;
        assertThat(work.seen)
                .startsWith(
                        "RUNNING 0/" + steps + " emptying the database and the search index",
                        "RUNNING 1/" + steps + " step 1")
                .endsWith("RUNNING " + (steps - 1) + "/" + steps + " rebuilding routing from the database");
        DemoResetResponse done = work.reset.response();
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.stepsDone()).isEqualTo(steps);
        assertThat(done.outcome()).isEqualTo("40 tables emptied, then loaded the demo; 3 contacts in routing");
        assertThat(done.finishedAt()).isEqualTo(CLOCK.instant());
        assertThat(work.reset.isFinished()).isTrue();
    }

    @Test
    void aFailureNamesTheStepItStoppedAtWithoutInternals() {
        DemoResetResponse failed = run(true).reset.response();

        assertThat(failed.state()).isEqualTo("FAILED");
        assertThat(failed.outcome())
                .isEqualTo("failed while rebuilding routing from the database; the server log has the cause (demo"
                        + " reset 7)")
                .doesNotContain("IllegalStateException");
        assertThat(failed.stepsDone()).isEqualTo(DemoData.STEPS + 1);
    }
}

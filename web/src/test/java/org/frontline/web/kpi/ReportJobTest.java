package org.frontline.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReportJobTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void reportsItsStepsAsTheyAreDoneAndItsResultAtTheEnd() {
        List<ReportJobResponse> seen = new ArrayList<>();
        ReportJob[] job = new ReportJob[1];
        job[0] = new ReportJob(
                7,
                "repetition",
                progress -> {
                    progress.reached(1, 4);
                    seen.add(job[0].response());
                    progress.reached(4, 4);
                    return "the report";
                },
                CLOCK);
        assertThat(job[0].response().state()).isEqualTo("QUEUED");

        job[0].run();

        // A quarter done while running, then all of it with the result.
        assertThat(seen.get(0).state()).isEqualTo("RUNNING");
        assertThat(seen.get(0).percent()).isEqualTo(25);
        ReportJobResponse done = job[0].response();
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.result()).isEqualTo("the report");
        assertThat(done.finishedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aFailureSaysWhatToDoWithoutShowingInternals() {
        ReportJob invalid = new ReportJob(
                1,
                "report",
                progress -> {
                    throw new InvalidValueException("interval", "choose a coarser one");
                },
                CLOCK);
        ReportJob broken = new ReportJob(
                2,
                "report",
                progress -> {
                    throw new IllegalStateException("connection to 10.0.0.7 refused");
                },
                CLOCK);

        invalid.run();
        broken.run();

        assertThat(invalid.response().state()).isEqualTo("FAILED");
        assertThat(invalid.response().error()).isEqualTo("choose a coarser one");
        assertThat(broken.response().error())
                .contains("server log", "report job 2")
                .doesNotContain("10.0.0.7");
    }
}

package org.frontline.core.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentStatusIntervalTest {

    @Test
    void aStretchIsStoredInPiecesThatNeverCrossAUtcMidnight() {
        AgentStatusInterval stretch = new AgentStatusInterval(
                7L,
                AgentStatus.AVAILABLE,
                Instant.parse("2026-03-01T22:00:00Z"),
                Instant.parse("2026-03-03T01:30:00Z"));

        assertThat(stretch.byUtcDay())
                .extracting(AgentStatusInterval::startedAt, AgentStatusInterval::endedAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Instant.parse("2026-03-01T22:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(
                                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(
                                Instant.parse("2026-03-03T00:00:00Z"), Instant.parse("2026-03-03T01:30:00Z")));
        assertThat(stretch.byUtcDay()).allMatch(piece -> piece.status() == AgentStatus.AVAILABLE);
    }

    @Test
    void aStretchWithinADayOrEndingAtMidnightStaysWhole() {
        AgentStatusInterval stretch = new AgentStatusInterval(
                7L, AgentStatus.BUSY, Instant.parse("2026-03-01T22:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"));

        assertThat(stretch.byUtcDay()).hasSize(1);
        assertThat(stretch.byUtcDay().get(0).duration()).hasHours(2);
    }
}

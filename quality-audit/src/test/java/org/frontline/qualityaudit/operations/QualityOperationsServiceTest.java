package org.frontline.qualityaudit.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quality-and-operations table from summed figures, and the correlation of score with handle time. */
class QualityOperationsServiceTest {
    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    /** Agent 7's reviews, contacts, cases and SLA figures, each from its own query as the database gives them. */
    private static GroupFigures reviews(long key, long reviews, double scoreTotal, long passed) {
        return GroupFigures.reviews(key, reviews, reviews, scoreTotal, passed);
    }

    private static GroupFigures contacts(long key, long contacts, long handleSeconds) {
        return GroupFigures.contacts(key, contacts, handleSeconds, 4, 3, 17);
    }

    @Test
    void mergesEachGroupsFiguresIntoRatesAndMeans() {
        OperationsSource source = (by, from, to) -> List.of(
                reviews(7, 4, 320, 3),
                contacts(7, 10, 3000),
                GroupFigures.resolutions(7, 5, 4),
                GroupFigures.slas(7, 8, 6));

        QualityOperationsRow row = new QualityOperationsService(source)
                .table(GroupBy.AGENT, FROM, TO)
                .rows()
                .getFirst();

        assertThat(row.key()).isEqualTo(7);
        assertThat(row.meanScore()).contains(80.0);
        assertThat(row.passRate().orElseThrow().estimate()).isEqualTo(0.75);
        assertThat(row.averageHandleSeconds()).contains(300.0);
        assertThat(row.satisfied().orElseThrow().estimate()).isEqualTo(0.75);
        assertThat(row.meanCsat()).contains(4.25);
        assertThat(row.firstContactResolution().orElseThrow().estimate()).isEqualTo(0.8);
        assertThat(row.slaCompliance().orElseThrow().estimate()).isEqualTo(0.75);
    }

    @Test
    void correlatesScoreWithHandleTimeAcrossTheRows() {
        // Scores 60, 70, 80 against handle times 200, 300, 400 s: perfectly together, r = 1.
        OperationsSource source = (by, from, to) -> List.of(
                reviews(1, 1, 60, 0),
                contacts(1, 1, 200),
                reviews(2, 1, 70, 1),
                contacts(2, 1, 300),
                reviews(3, 1, 80, 1),
                contacts(3, 1, 400),
                contacts(4, 2, 100));

        QualityOperations table = new QualityOperationsService(source).table(GroupBy.TEAM, FROM, TO);

        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().get(3).meanScore()).isEmpty();
        assertThat(table.correlatedRows()).isEqualTo(3);
        assertThat(table.scoreVersusHandleTime().orElseThrow()).isCloseTo(1.0, within(1e-12));
    }
}

package org.frontline.qualityaudit.operations;

import java.util.List;
import java.util.Optional;

/**
 * The quality-and-operations table for a period, and how QA score and handle time go together across its rows:
 * Pearson's r over the rows that have both (negative: the slower, the better reviewed), with how many rows it rests on.
 */
public record QualityOperations(
        GroupBy groupBy, List<QualityOperationsRow> rows, Optional<Double> scoreVersusHandleTime, int correlatedRows) {

    public QualityOperations {
        rows = List.copyOf(rows);
    }
}

package org.frontline.qualityaudit.coaching;

import java.util.List;
import java.util.Optional;

/** Where training records are kept. */
public interface TrainingRepository {

    Optional<TrainingRecord> find(long id);

    TrainingRecord add(TrainingRecord record);

    /** An agent's training records, latest course first. */
    List<TrainingRecord> ofAgent(long agentId);

    void flush();
}

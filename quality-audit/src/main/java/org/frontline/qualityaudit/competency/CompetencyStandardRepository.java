package org.frontline.qualityaudit.competency;

import java.util.List;
import java.util.Optional;

/** Stores each team's competency standard. */
public interface CompetencyStandardRepository {
    CompetencyStandard add(CompetencyStandard standard);

    Optional<CompetencyStandard> find(long teamId);

    /** By team. */
    List<CompetencyStandard> all();

    void remove(CompetencyStandard standard);

    void flush();
}

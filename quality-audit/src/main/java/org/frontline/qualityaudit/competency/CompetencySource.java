package org.frontline.qualityaudit.competency;

import java.time.ZoneId;
import java.util.List;
import org.frontline.core.domain.workforce.Tenure;

/** Where new hires' weeks of work are read from. */
public interface CompetencySource {
    /**
     * The hire's weeks with any handled contact, weeks counted from the start of their hire date in {@code zone} to
     * the contacts' arrival; reviews count in the week of the contact they review.
     */
    List<AgentWeek> weeks(Tenure hire, ZoneId zone);
}

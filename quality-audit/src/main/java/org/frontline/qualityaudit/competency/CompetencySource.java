package org.frontline.qualityaudit.competency;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Where new hires and their weeks are read from. */
public interface CompetencySource {
    /** Agents hired on the days [from, to). */
    List<NewHire> hiredWithin(LocalDate from, LocalDate to);

    /**
     * The hire's weeks with any handled contact, weeks counted from the start of their hire date in {@code zone} to
     * the contacts' arrival; reviews count in the week of the contact they review.
     */
    List<AgentWeek> weeks(NewHire hire, ZoneId zone);
}

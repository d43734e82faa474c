package org.frontline.kb.domain.usage;

import java.util.Collection;
import java.util.Map;

/** Reads cases for the knowledge base: whether one exists, and how cases turned out. */
public interface CaseOutcomes {

    boolean exists(long caseId);

    /** The outcome of each of these cases that exists, by case id. */
    Map<Long, CaseOutcome> of(Collection<Long> caseIds);
}

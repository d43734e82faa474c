package org.frontline.core.domain.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores and finds cases and their history. */
public interface CaseRepository {

    Optional<Case> findById(long id);

    /** Cases matching the filter, newest first. */
    Page<Case> list(CaseFilter filter, PageRequest request);

    /** Cases NEW, OPEN or REOPENED with ids above {@code afterId}, by id, at most {@code limit}. */
    List<Case> running(long afterId, int limit);

    Case add(Case supportCase);

    void addTransition(CaseTransition transition);

    /** The histories of these cases in one read, each oldest first. */
    List<CaseTransition> histories(Collection<Long> caseIds);

    /** The case's history, oldest first, at most {@code limit} entries. */
    List<CaseTransition> history(long caseId, int limit);

    void flush();
}

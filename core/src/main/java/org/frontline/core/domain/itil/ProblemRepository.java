package org.frontline.core.domain.itil;

import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores and finds problems. */
public interface ProblemRepository {

    Optional<Problem> findById(long id);

    /** Problems, newest first, optionally of one status. */
    Page<Problem> list(Optional<ProblemStatus> status, PageRequest request);

    Problem add(Problem problem);

    void flush();
}

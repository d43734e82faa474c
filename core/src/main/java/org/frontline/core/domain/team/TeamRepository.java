package org.frontline.core.domain.team;

import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores and finds teams. */
public interface TeamRepository {

    Optional<Team> findById(long id);

    Optional<Team> findByName(String name);

    /** Teams by name, optionally only those of one service function. */
    Page<Team> list(Optional<ServiceFunction> function, PageRequest request);

    Team add(Team team);

    void flush();
}

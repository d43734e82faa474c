package org.frontline.core.domain.team;

import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;

/** Sets up the centre's teams, each with a unique name. */
public class TeamService {
    private static final String KIND = "team";

    private final TeamRepository teams;

    public TeamService(TeamRepository teams) {
        this.teams = Objects.requireNonNull(teams, "teams");
    }

    public Team create(String name, ServiceFunction function) {
        requireUniqueName(name, Optional.empty());
        return teams.add(new Team(name, function));
    }

    public Team get(long id) {
        return teams.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public Page<Team> list(Optional<ServiceFunction> function, PageRequest request) {
        return teams.list(function, request);
    }

    public Team rename(long id, long expectedVersion, String name, ServiceFunction function) {
        Team team = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, team.version());
        requireUniqueName(name, Optional.of(id));
        team.rename(name, function);
        teams.flush();
        return team;
    }

    private void requireUniqueName(String name, Optional<Long> self) {
        teams.findByName(name.strip())
                .filter(other -> self.map(id -> !id.equals(other.id())).orElse(true))
                .ifPresent(other -> {
                    throw new DuplicateException(KIND, "name", name.strip());
                });
    }
}

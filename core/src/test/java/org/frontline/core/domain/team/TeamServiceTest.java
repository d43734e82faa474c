package org.frontline.core.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.Persisted;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

class TeamServiceTest {

    /** Teams in a list; ids are assigned on add like the database would. */
    private static final class InMemoryTeams implements TeamRepository {
        final List<Team> teams = new ArrayList<>();

        @Override
        public Optional<Team> findById(long id) {
            return teams.stream().filter(t -> t.id() == id).findFirst();
        }

        @Override
        public Optional<Team> findByName(String name) {
            return teams.stream().filter(t -> t.name().equals(name)).findFirst();
        }

        @Override
        public Page<Team> list(Optional<ServiceFunction> function, PageRequest request) {
            List<Team> found = teams.stream()
                    .filter(t -> function.map(f -> f == t.serviceFunction()).orElse(true))
                    .toList();
            return Page.of(found, request, found.size());
        }

        @Override
        public Team add(Team team) {
            teams.add(Persisted.withId(team, teams.size() + 1L));
            return team;
        }

        @Override
        public void flush() {}
    }

    private final TeamService service = new TeamService(new InMemoryTeams());

    @Test
    void createsTeamsWithUniqueNames() {
        service.create(" Billing ", ServiceFunction.SUPPORT);

        assertThatThrownBy(() -> service.create("Billing", ServiceFunction.TECHNICAL_SUPPORT))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("a team with name 'Billing' already exists");
    }

    @Test
    void aTeamMayKeepItsOwnNameWhenItChangesFunction() {
        Team team = service.create("Billing", ServiceFunction.SUPPORT);

        service.rename(team.id(), 0, "Billing", ServiceFunction.SALES_AND_MARKETING);

        assertThat(team.serviceFunction()).isEqualTo(ServiceFunction.SALES_AND_MARKETING);
    }

    @Test
    void cannotTakeAnotherTeamsNameOrRenameFromAStaleVersion() {
        service.create("Billing", ServiceFunction.SUPPORT);
        Team network = service.create("Network", ServiceFunction.TECHNICAL_SUPPORT);

        assertThatThrownBy(() -> service.rename(network.id(), 0, "Billing", ServiceFunction.SUPPORT))
                .isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> service.rename(network.id(), 4, "Routers", ServiceFunction.SUPPORT))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void listsTeamsOfOneFunction() {
        service.create("Billing", ServiceFunction.SUPPORT);
        service.create("Network", ServiceFunction.TECHNICAL_SUPPORT);

        assertThat(service.list(Optional.of(ServiceFunction.SUPPORT), new PageRequest(0, 10))
                        .items())
                .extracting(Team::name)
                .containsExactly("Billing");
    }
}

package org.frontline.qualityaudit.competency;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.core.domain.team.TeamService;

/** Sets, lists and removes teams' competency standards. */
public class CompetencyStandardService {
    private static final String KIND = "competency standard of team";

    private final CompetencyStandardRepository standards;
    private final TeamService teams;
    private final Clock clock;

    public CompetencyStandardService(CompetencyStandardRepository standards, TeamService teams, Clock clock) {
        this.standards = Objects.requireNonNull(standards, "standards");
        this.teams = Objects.requireNonNull(teams, "teams");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sets team {@code teamId}'s standard; with the version last read, a standard changed since is refused. */
    public CompetencyStandard set(long teamId, Long expectedVersion, double qaScore, int ahtSeconds, int minContacts) {
        teams.get(teamId);
        var existing = standards.find(teamId);
        if (existing.isEmpty()) {
            return standards.add(new CompetencyStandard(teamId, qaScore, ahtSeconds, minContacts, clock.instant()));
        }
        CompetencyStandard standard = existing.get();
        if (expectedVersion != null) {
            StaleVersionException.requireCurrent(KIND, teamId, expectedVersion, standard.version());
        }
        standard.set(qaScore, ahtSeconds, minContacts, clock.instant());
        standards.flush();
        return standard;
    }

    public List<CompetencyStandard> list() {
        return standards.all();
    }

    public void remove(long teamId) {
        standards.remove(standards.find(teamId).orElseThrow(() -> new NotFoundException(KIND, teamId)));
    }
}

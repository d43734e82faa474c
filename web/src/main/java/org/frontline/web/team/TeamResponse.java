package org.frontline.web.team;

import org.frontline.core.domain.team.Team;

/** A team as the API returns it. */
public record TeamResponse(long id, long version, String name, String serviceFunction) {

    public static TeamResponse from(Team team) {
        return new TeamResponse(
                team.id(), team.version(), team.name(), team.serviceFunction().name());
    }
}

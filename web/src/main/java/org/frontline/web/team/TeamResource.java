package org.frontline.web.team;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.team.ServiceFunction;
import org.frontline.core.domain.team.Team;
import org.frontline.core.domain.team.TeamService;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** Teams over REST: create, read, list by service function, rename. */
@Path("/teams")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Queues of agents, each with its service function")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class TeamResource {

    @Inject
    TeamService teams;

    @Allowed(Role.ADMIN)
    @POST
    @Operation(summary = "Create a team; names are unique (409 otherwise)")
    public Response create(@NotNull @Valid TeamRequest request, @Context UriInfo uri) {
        Team team = teams.create(request.name(), request.function());
        return Created.at(uri, team.id(), TeamResponse.from(team));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one team")
    public TeamResponse get(@PathParam("id") long id) {
        return TeamResponse.from(teams.get(id));
    }

    @GET
    @Operation(summary = "List teams by name, optionally of one service function")
    public PageResponse<TeamResponse> list(
            @Parameter(description = "SUPPORT, TECHNICAL_SUPPORT, SALES_AND_MARKETING or QUALITY_CONTROL")
                    @QueryParam("serviceFunction")
                    String function,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageResponse.of(
                teams.list(
                        RequestParameters.enumeration("serviceFunction", function, ServiceFunction.class),
                        RequestParameters.page(page, size)),
                TeamResponse::from);
    }

    @Allowed(Role.ADMIN)
    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Rename a team or change its function; send the version you last read")
    public TeamResponse update(@PathParam("id") long id, @NotNull @Valid TeamRequest request) {
        return TeamResponse.from(teams.rename(id, request.requiredVersion(), request.name(), request.function()));
    }
}

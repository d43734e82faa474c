package org.frontline.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.qualityaudit.coaching.CoachingService;
import org.frontline.qualityaudit.coaching.CoachingState;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/**
 * Coaching tasks over REST: opened by reviews (failed critical items, criteria below half their scale) for the agent's
 * team; a team lead lists them and closes each with a note.
 */
@Path("/quality/coaching")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class CoachingResource {

    @Inject
    CoachingService coaching;

    @GET
    @Operation(summary = "Coaching tasks by team, agent and state (OPEN, DONE, WITHDRAWN), oldest first")
    public List<CoachingResponse> list(
            @QueryParam("teamId") String teamId,
            @QueryParam("agentId") String agentId,
            @QueryParam("state") String state) {
        return coaching
                .list(
                        RequestParameters.id("teamId", teamId),
                        RequestParameters.id("agentId", agentId),
                        RequestParameters.enumeration("state", state, CoachingState.class))
                .stream()
                .map(CoachingResponse::from)
                .toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "A coaching task and its evidence")
    public CoachingResponse get(@PathParam("id") long id) {
        return CoachingResponse.from(coaching.get(id));
    }

    @POST
    @Path("{id: [0-9]+}/done")
    @Operation(summary = "Close a task once coached: who coached and how it went (send the task's version)")
    public CoachingResponse done(@PathParam("id") long id, @NotNull @Valid CoachingDoneRequest request) {
        return CoachingResponse.from(coaching.done(
                id, RequestParameters.requiredVersion(request.version()), request.coachId(), request.note()));
    }
}

package org.frontline.web.agent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.schedule.Shift;
import org.frontline.core.domain.schedule.ShiftService;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.TimeWindow;
import org.frontline.web.security.Allowed;

/** An agent's shifts over REST: schedule, list and cancel them. */
@Path("/agents/{agentId: [0-9]+}/shifts")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agents")
@Allowed(Role.TEAM_LEAD)
public class ShiftResource {
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

    @Inject
    ShiftService shifts;

    @Allowed(Role.SUPERVISOR)
    @POST
    @Operation(summary = "Schedule a shift (at most 24 hours, never overlapping the agent's other shifts)")
    public Response schedule(
            @PathParam("agentId") long agentId, @NotNull @Valid ShiftRequest request, @Context UriInfo uri) {
        Shift shift = shifts.schedule(agentId, request.startsAt(), request.endsAt());
        return Created.at(uri, shift.id(), ShiftResponse.from(shift));
    }

    @GET
    @Operation(summary = "The agent's shifts overlapping a period (the last 7 days by default), earliest first")
    public List<ShiftResponse> list(
            @PathParam("agentId") long agentId,
            @Parameter(description = "ISO-8601 start") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 end; default now") @QueryParam("to") String to) {
        TimeWindow window = TimeWindow.of(from, to, DEFAULT_PERIOD);
        return shifts.of(agentId, window.from(), window.to()).stream()
                .map(ShiftResponse::from)
                .toList();
    }

    @Allowed(Role.SUPERVISOR)
    @DELETE
    @Path("{shiftId: [0-9]+}")
    @Operation(summary = "Cancel a shift")
    public Response cancel(@PathParam("agentId") long agentId, @PathParam("shiftId") long shiftId) {
        shifts.cancel(agentId, shiftId);
        return Response.noContent().build();
    }
}

package org.frontline.web.agent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.schedule.ShiftService;
import org.frontline.web.platform.TimeWindow;
import org.frontline.web.security.Allowed;

/** An agent's schedule adherence over REST: their shifts laid over their status log. */
@Path("/agents/{agentId: [0-9]+}/adherence")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agents")
@Allowed(Role.TEAM_LEAD)
public class AdherenceResource {
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

    @Inject
    ShiftService shifts;

    @GET
    @Operation(
            summary = "Schedule adherence: of the scheduled time in a period (the last 7 days by default), the share"
                    + " the agent spent taking contacts (available, busy or wrapping up)")
    public AdherenceResponse adherence(
            @PathParam("agentId") long agentId,
            @Parameter(description = "ISO-8601 start") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 end; default now") @QueryParam("to") String to) {
        TimeWindow window = TimeWindow.of(from, to, DEFAULT_PERIOD);
        return AdherenceResponse.from(
                agentId, window.from(), window.to(), shifts.adherence(agentId, window.from(), window.to()));
    }
}

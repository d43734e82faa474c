package org.frontline.web.kpi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.kpi.targets.KpiTarget;
import org.frontline.core.domain.kpi.targets.KpiTargetService;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.platform.TimeWindow;
import org.frontline.web.security.Allowed;

/** KPI targets per team (or for the centre) over REST, and where every team stands against them. */
@Path("/kpis/targets")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class KpiTargetResource {
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

    @Inject
    KpiTargetService targets;

    @GET
    @Operation(summary = "Every KPI target: the whole centre's first, then by team")
    public List<KpiTargetResponse> list() {
        return targets.list().stream().map(KpiTargetResponse::from).toList();
    }

    @Allowed(Role.SUPERVISOR)
    @POST
    @Operation(summary = "Set a team's (or, without teamId, the centre's) target for a KPI; one per team and KPI")
    public Response create(@Valid @NotNull KpiTargetRequest request, @Context UriInfo uri) {
        KpiTarget target = targets.set(
                Optional.ofNullable(request.teamId()), request.toKpi(), request.toComparison(), request.value());
        return Created.at(uri, target.id(), KpiTargetResponse.from(target));
    }

    @Allowed(Role.SUPERVISOR)
    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Change a target's comparison and value (send the version you read)")
    public KpiTargetResponse revise(@PathParam("id") long id, @Valid @NotNull KpiTargetRequest request) {
        return KpiTargetResponse.from(targets.revise(
                id, RequestParameters.requiredVersion(request.version()), request.toComparison(), request.value()));
    }

    @Allowed(Role.SUPERVISOR)
    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Drop a target")
    public Response remove(@PathParam("id") long id) {
        targets.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path("standings")
    @Operation(
            summary = "Each target's value in the period (default the last 7 days), ON_TARGET / OFF_TARGET / NO_DATA,"
                    + " and its trend against the period of the same length before: IMPROVING, WORSENING, STEADY"
                    + " or UNKNOWN")
    public List<TargetStandingResponse> standings(@QueryParam("from") String from, @QueryParam("to") String to) {
        TimeWindow window = TimeWindow.of(from, to, DEFAULT_PERIOD);
        return targets.standings(window.from(), window.to()).stream()
                .map(TargetStandingResponse::from)
                .toList();
    }
}

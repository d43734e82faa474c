package org.frontline.web.simulation;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.routing.desk.QueueRule;
import org.frontline.routing.desk.RoutingDesk;
import org.frontline.routing.planning.PlanningHistory;
import org.frontline.routing.simulation.Scenario;
import org.frontline.routing.simulation.Simulation;
import org.frontline.web.security.Allowed;

/** Simulation jobs over REST: start one (with an optional what-if), then follow its progress to its results. */
@Path("/routing/simulations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Simulation", description = "A day of the centre simulated with the real routing engine")
@Allowed(Role.SUPERVISOR)
public class SimulationResource {

    @Inject
    SimulationJobs jobs;

    @Inject
    RoutingDesk desk;

    @Inject
    PlanningHistory history;

    @Inject
    Clock clock;

    @POST
    @Operation(
            summary = "Start simulating a day: 202 with the job, whose address to poll for progress and results",
            description = "Demand per queue and interval, staff groups with shifts, the stored queue rules (or some"
                    + " of them), replications and seed; whatIf runs a variant (other staff, other queue rules) with"
                    + " the same seed. Results per queue and interval: offered, service level, ASA, abandonment, and"
                    + " occupancy, each with a 95% confidence interval.")
    public Response start(@NotNull @Valid SimulationRequest request, @Context UriInfo uri) {
        int replications = Optional.ofNullable(request.replications()).orElse(10);
        if (replications < 2 || replications > Simulation.MAX_REPLICATIONS) {
            throw new InvalidValueException(
                    "replications", "must be 2 to " + Simulation.MAX_REPLICATIONS + ", got " + replications);
        }
        Scenario baseline = Scenarios.of(
                request, desk.queues().stream().map(QueueRule::queue).toList(), history, clock);
        Optional<Scenario> variant = Optional.ofNullable(request.whatIf()).map(w -> Scenarios.whatIf(baseline, w));
        SimulationJob job = jobs.submit(
                baseline,
                variant,
                replications,
                Optional.ofNullable(request.seed()).orElse(1L));
        return Response.accepted(job.response())
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(job.id))
                        .build())
                .build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "A simulation job: its state, replications done of the total, and its results once done")
    public SimulationJobResponse get(@PathParam("id") long id) {
        return jobs.get(id)
                .orElseThrow(() -> new NotFoundException("simulation", id))
                .response();
    }
}

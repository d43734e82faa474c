package org.frontline.web.staffing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.routing.planning.WeekPlanner;
import org.frontline.routing.staffing.ErlangA;
import org.frontline.routing.staffing.ErlangC;
import org.frontline.routing.staffing.QueueModel;
import org.frontline.routing.staffing.Staffing;
import org.frontline.web.security.Allowed;

/**
 * Staffing over REST: the agents one interval needs for a target and how it performs with n agents, and a week of
 * half-hours planned from history.
 */
@Path("/staffing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing", description = "Erlang C and Erlang A staffing for one interval, and week plans")
@Allowed(Role.TEAM_LEAD)
public class StaffingResource {

    @Inject
    WeekPlanner planner;

    @Inject
    Clock clock;

    @POST
    @Path("erlang-c")
    @Operation(
            summary = "Agents needed for an interval by Erlang C (callers wait as long as it takes)",
            description = "Traffic in Erlangs, the fewest agents meeting the service level (and the occupancy cap),"
                    + " the agents to schedule after shrinkage, and the probability of waiting, service level, average"
                    + " speed of answer and occupancy with them; with agents=n, the same figures for n agents.")
    public StaffingResponse erlangC(@NotNull @Valid StaffingRequest request) {
        return solve("ERLANG_C", new ErlangC(request.workload()), request);
    }

    @POST
    @Path("erlang-a")
    @Operation(
            summary = "Agents needed for an interval by Erlang A (callers hang up after patienceSeconds on average)",
            description = "As Erlang C, with the share of callers who abandon, and an abandonment cap"
                    + " (maxAbandonment) the staff must also meet. patienceSeconds is required.")
    public StaffingResponse erlangA(@NotNull @Valid StaffingRequest request) {
        return solve("ERLANG_A", new ErlangA(request.workload(), request.patience()), request);
    }

    @GET
    @Path("week-plan")
    @Transactional
    @Operation(
            summary = "A week of half-hour staffing forecast from history, beside the staff the status log shows",
            description = "Seasonal average over the weeks before until (default: 4 weeks before this Monday, in"
                    + " timeZone, default UTC): each half-hour's forecast arrivals and handle time, traffic, required"
                    + " and scheduled agents (Erlang C; Erlang A with patienceSeconds), and the agents actually logged"
                    + " in and taking contacts then on average. Targets as for the calculators.")
    public WeekPlanResponse weekPlan(@BeanParam WeekPlanParameters parameters) {
        return WeekPlanResponse.from(planner.plan(parameters.question(clock)));
    }

    private static StaffingResponse solve(String name, QueueModel model, StaffingRequest request) {
        return StaffingResponse.of(
                name, model, Staffing.plan(model, request.target(), request.shrinkageOrNone()), request);
    }
}

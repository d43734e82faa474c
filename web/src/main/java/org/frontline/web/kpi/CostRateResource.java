package org.frontline.web.kpi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.kpi.cost.CostRateService;
import org.frontline.web.security.Allowed;

/** The cost model over REST: each team's loaded hourly cost, from which staff cost and cost per contact follow. */
@Path("/kpis/cost-rates")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs")
@Allowed(Role.SUPERVISOR)
public class CostRateResource {

    @Inject
    CostRateService rates;

    @GET
    @Operation(summary = "Every team's loaded hourly cost")
    public List<CostRateResponse> list() {
        return rates.list().stream()
                .map(rate -> CostRateResponse.from(rate, currency()))
                .toList();
    }

    @PUT
    @Path("{teamId: [0-9]+}")
    @Operation(
            summary = "Set a team's loaded hourly cost (salary, benefits, overheads), in FRONTLINE_KPI_CURRENCY",
            description = "Reports price logged-in hours at the rate in force when they are read.")
    public CostRateResponse set(@PathParam("teamId") long teamId, @Valid @NotNull CostRateRequest request) {
        return CostRateResponse.from(rates.set(teamId, request.hourlyCost()), currency());
    }

    @DELETE
    @Path("{teamId: [0-9]+}")
    @Operation(summary = "Drop a team's rate: its hours cost nothing in reports")
    public Response remove(@PathParam("teamId") long teamId) {
        rates.remove(teamId);
        return Response.noContent().build();
    }

    private String currency() {
        return rates.currency().getCurrencyCode();
    }
}

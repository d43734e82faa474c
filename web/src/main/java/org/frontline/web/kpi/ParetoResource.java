package org.frontline.web.kpi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.pareto.ParetoAnalysis;
import org.frontline.web.security.Allowed;

/** The 80/20 analysis of customers over REST, as JSON or as CSV of every customer. */
@Path("/kpis/pareto")
@RequestScoped
@Transactional
@Tag(name = "KPIs")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class ParetoResource {
    @Inject
    ParetoAnalysis analysis;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "80/20: who brings the revenue, who brings the contacts, who does both, and suggested tiers",
            description = "Customers ranked by annual revenue (in one currency: the commonest unless currency is"
                    + " given) and by inbound contacts in the period. circles: BOTH (top by revenue and by"
                    + " contacts), HIGH_VALUE, HIGH_EFFORT, NEITHER, with their shares of customers, revenue and"
                    + " contacts. suggestedTier: PLATINUM for the customers who together bring the first 50 % of"
                    + " revenue, GOLD up to 80 %, SILVER up to 95 %, STANDARD for the rest.")
    public ParetoResponse analyse(@BeanParam ParetoParameters parameters) {
        return ParetoResponse.from(parameters.query().runWith(analysis), parameters.limit());
    }

    @GET
    @Path("customers.csv")
    @Produces("text/csv")
    @Operation(summary = "Every customer of the analysis, ranked by revenue, with circle and suggested tier")
    public Response csv(@BeanParam ParetoParameters parameters) {
        return Response.ok(ParetoCsv.of(parameters.query().runWith(analysis)))
                .header("Content-Disposition", "attachment; filename=\"pareto.csv\"")
                .build();
    }
}

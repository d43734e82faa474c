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
import org.frontline.core.domain.kpi.KpiService;
import org.frontline.core.domain.kpi.cost.CostRateService;
import org.frontline.web.security.Allowed;

/** KPI reports over REST: any period, grouping and interval, as JSON or CSV, and what each KPI means. */
@Path("/kpis")
@RequestScoped
@Transactional
@Tag(name = "KPIs")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class KpiResource {
    @Inject
    KpiService kpis;

    @Inject
    CostRateService costRates;

    @GET
    @Path("report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "KPIs of the contacts that arrived in the period, per group and interval",
            description = "Each row's values are keyed by KPI (see GET /api/kpis/definitions for every definition and"
                    + " unit); a KPI with nothing to divide by is left out. Contacts count in the interval they"
                    + " arrived in, cases in the one they were raised in; agents' status time and shifts are split"
                    + " across the intervals they span. The KPIs of agents' time (occupancy to cost per contact)"
                    + " exist for groupBy NONE, TEAM, AGENT and SERVICE_FUNCTION; the case KPIs for all but CHANNEL"
                    + " and QUEUE.")
    public KpiReportResponse report(@BeanParam KpiReportParameters parameters) {
        return KpiReportResponse.from(
                kpis.report(parameters.query(kpis.settings().zone())));
    }

    @GET
    @Path("report.csv")
    @Produces("text/csv")
    @Operation(summary = "The same report as CSV: one row per group and interval, one column per KPI")
    public Response csv(@BeanParam KpiReportParameters parameters) {
        return Response.ok(
                        KpiCsv.of(kpis.report(parameters.query(kpis.settings().zone()))))
                .header("Content-Disposition", "attachment; filename=\"kpis.csv\"")
                .build();
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("definitions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every KPI's key, unit and definition, and the centre's measuring settings")
    public KpiSettingsResponse definitions() {
        return KpiSettingsResponse.from(kpis.settings(), costRates.currency().getCurrencyCode());
    }
}

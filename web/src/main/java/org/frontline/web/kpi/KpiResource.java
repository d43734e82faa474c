package org.frontline.web.kpi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.kpi.Granularity;
import org.frontline.core.domain.kpi.Grouping;
import org.frontline.core.domain.kpi.KpiQuery;
import org.frontline.core.domain.kpi.KpiReport;
import org.frontline.core.domain.kpi.KpiService;
import org.frontline.core.domain.kpi.cost.CostRateService;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.platform.TimeWindow;

/** KPI reports over REST: any period, grouping and interval, as JSON or CSV, and what each KPI means. */
@Path("/kpis")
@RequestScoped
@Transactional
@Tag(name = "KPIs")
public class KpiResource {
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

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
    public KpiReportResponse report(
            @Parameter(description = "ISO-8601 start; default 30 days before to") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 end (exclusive); default now") @QueryParam("to") String to,
            @Parameter(description = "NONE (default), CHANNEL, TEAM, AGENT, CUSTOMER_TIER, SERVICE_FUNCTION, QUEUE")
                    @QueryParam("groupBy")
                    String groupBy,
            @Parameter(description = "for a time series: QUARTER_HOUR, HOUR, DAY or WEEK (at most 3,000 intervals)")
                    @QueryParam("interval")
                    String interval,
            @Parameter(description = "time zone of days and weeks, e.g. Europe/Berlin; default the centre's")
                    @QueryParam("zone")
                    String zone) {
        return KpiReportResponse.from(run(from, to, groupBy, interval, zone));
    }

    @GET
    @Path("report.csv")
    @Produces("text/csv")
    @Operation(summary = "The same report as CSV: one row per group and interval, one column per KPI")
    public Response csv(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy,
            @QueryParam("interval") String interval,
            @QueryParam("zone") String zone) {
        return Response.ok(KpiCsv.of(run(from, to, groupBy, interval, zone)))
                .header("Content-Disposition", "attachment; filename=\"kpis.csv\"")
                .build();
    }

    @GET
    @Path("definitions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every KPI's key, unit and definition, and the centre's measuring settings")
    public KpiSettingsResponse definitions() {
        return KpiSettingsResponse.from(kpis.settings(), costRates.currency().getCurrencyCode());
    }

    private KpiReport run(String from, String to, String groupBy, String interval, String zone) {
        TimeWindow window = TimeWindow.of(from, to, DEFAULT_PERIOD);
        return kpis.report(new KpiQuery(
                window.from(),
                window.to(),
                RequestParameters.zone("zone", zone).orElse(kpis.settings().zone()),
                RequestParameters.enumeration("groupBy", groupBy, Grouping.class)
                        .orElse(Grouping.NONE),
                RequestParameters.enumeration("interval", interval, Granularity.class)));
    }
}

package org.frontline.web.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.core.domain.workforce.TeamTurnover;
import org.frontline.core.domain.workforce.TurnoverAnalysis;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** Turnover over REST: joiners, leavers and rates per team over a period of days. */
@Path("/workforce")
@RequestScoped
@Transactional
@Tag(name = "Workforce")
@Allowed(Role.TEAM_LEAD)
public class TurnoverResource {

    @Inject
    TurnoverAnalysis turnover;

    @Inject
    KpiSettings settings;

    @Inject
    Clock clock;

    @GET
    @Path("turnover")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Turnover per team over the days [from, to): headcount at start and end, joiners, leavers,"
                    + " turnover and annualised rates, retention",
            description = "Agents count in their current team (or the one they left from). Turnover: leavers over the"
                    + " average of the two headcounts; annualised: scaled to 365 days; retention: of those on the books"
                    + " at the start, the percent still there at the end. The whole centre comes first.")
    public List<TeamTurnover> report(
            @Parameter(description = "first day, e.g. 2026-01-01; default a year before to") @QueryParam("from")
                    String from,
            @Parameter(description = "the day after the last, e.g. 2027-01-01; default today") @QueryParam("to")
                    String to) {
        LocalDate end =
                RequestParameters.date("to", to).orElseGet(() -> LocalDate.now(clock.withZone(settings.zone())));
        LocalDate start = RequestParameters.date("from", from).orElseGet(() -> end.minusYears(1));
        return turnover.report(start, end);
    }

    @GET
    @Path("turnover.csv")
    @Produces("text/csv")
    @Operation(summary = "The same turnover report as CSV, one row per team (the whole centre first)")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(WorkforceCsv.turnover(report(from, to)))
                .header("Content-Disposition", "attachment; filename=\"turnover.csv\"")
                .build();
    }
}

package org.frontline.web.workforce;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.qualityaudit.competency.CompetencyReport;
import org.frontline.qualityaudit.competency.CompetencyStandardService;
import org.frontline.qualityaudit.competency.SpeedToCompetency;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** Competency standards per team, and speed to competency of new hires, over REST. */
@Path("/workforce")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workforce")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class CompetencyResource {
    private static final int DEFAULT_MIN_CONTACTS = 10;

    @Inject
    CompetencyStandardService standards;

    @Inject
    SpeedToCompetency speed;

    @Inject
    KpiSettings settings;

    @Inject
    Clock clock;

    @GET
    @Path("competency-standards")
    @Operation(summary = "Every team's competency standard")
    public List<CompetencyStandardResponse> standards() {
        return standards.list().stream().map(CompetencyStandardResponse::from).toList();
    }

    @Allowed(Role.SUPERVISOR)
    @PUT
    @Path("competency-standards/{teamId: [0-9]+}")
    @Operation(
            summary = "Set what a team calls competent: a QA score, a handle time and a weekly volume met at once",
            description = "A new hire is competent from the first whole week since their hire date with at least"
                    + " minContacts handled contacts at an average handle time of at most ahtSeconds, while the"
                    + " reviews of their contacts of that week and the three before average at least qaScore.")
    public CompetencyStandardResponse set(
            @PathParam("teamId") long teamId, @NotNull @Valid CompetencyStandardRequest request) {
        return CompetencyStandardResponse.from(standards.set(
                teamId,
                request.version(),
                request.qaScore(),
                request.ahtSeconds(),
                Optional.ofNullable(request.minContacts()).orElse(DEFAULT_MIN_CONTACTS)));
    }

    @Allowed(Role.SUPERVISOR)
    @DELETE
    @Path("competency-standards/{teamId: [0-9]+}")
    @Operation(summary = "Drop a team's standard")
    public Response remove(@PathParam("teamId") long teamId) {
        standards.remove(teamId);
        return Response.noContent().build();
    }

    @GET
    @Path("speed-to-competency")
    @Operation(
            summary = "Speed to competency of the agents hired on the days [hiredFrom, hiredTo): per hire and per"
                    + " team, the days until they first met their team's standard",
            description = "Each hire is COMPETENT (with competentOn and days), NOT_YET, LEFT (before meeting it) or"
                    + " NO_STANDARD (their team has none). Per team: hires, competent, median and mean days.")
    public CompetencyReport speedToCompetency(
            @Parameter(description = "first hire day, e.g. 2026-01-01; default a year before hiredTo")
                    @QueryParam("hiredFrom")
                    String hiredFrom,
            @Parameter(description = "the day after the last hire day; default tomorrow") @QueryParam("hiredTo")
                    String hiredTo) {
        LocalDate end = RequestParameters.date("hiredTo", hiredTo)
                .orElseGet(() -> LocalDate.now(clock.withZone(settings.zone())).plusDays(1));
        LocalDate start = RequestParameters.date("hiredFrom", hiredFrom).orElseGet(() -> end.minusYears(1));
        return speed.report(start, end);
    }

    @GET
    @Path("speed-to-competency.csv")
    @Produces("text/csv")
    @Operation(summary = "Every new hire of the same report as CSV")
    public Response speedToCompetencyCsv(
            @QueryParam("hiredFrom") String hiredFrom, @QueryParam("hiredTo") String hiredTo) {
        return Response.ok(WorkforceCsv.hires(speedToCompetency(hiredFrom, hiredTo)))
                .header("Content-Disposition", "attachment; filename=\"speed-to-competency.csv\"")
                .build();
    }
}

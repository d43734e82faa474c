package org.frontline.web.kpi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.kpi.KpiQuery;
import org.frontline.core.domain.kpi.KpiService;
import org.frontline.core.domain.kpi.repetition.TopicQuery;
import org.frontline.core.domain.pareto.ParetoAnalysis;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Progress;
import org.frontline.web.security.Allowed;

/**
 * Long reports as jobs: each POST checks its parameters (400 at once when they are wrong), queues the report and
 * answers 202 with the job's address, which gives its progress and, once done, the report.
 */
@Path("/kpis/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class ReportJobResource {
    @Inject
    ReportJobs jobs;

    @Inject
    KpiService kpis;

    @Inject
    ParetoAnalysis pareto;

    @Inject
    RepetitionReports repetition;

    @Context
    UriInfo uri;

    @POST
    @Path("report")
    @Operation(summary = "Start a KPI report (parameters as GET /api/kpis/report): 202 with the job to poll")
    public Response report(@BeanParam KpiReportParameters parameters) {
        KpiQuery query = parameters.query(kpis.settings().zone());
        return submit("report", progress -> KpiReportResponse.from(kpis.report(query, progress)));
    }

    @POST
    @Path("repetition")
    @Operation(summary = "Start a repetition analysis (parameters as GET /api/kpis/repetition): 202 with the job")
    public Response repetition(@BeanParam RepetitionParameters parameters) {
        TopicQuery query = parameters.query(kpis.settings().zone());
        return submit("repetition", progress -> repetition.run(query, progress).response());
    }

    @POST
    @Path("pareto")
    @Operation(summary = "Start an 80/20 analysis (parameters as GET /api/kpis/pareto): 202 with the job")
    public Response pareto(@BeanParam ParetoParameters parameters) {
        ParetoParameters.ParetoQuery query = parameters.query();
        int limit = parameters.limit();
        return submit("pareto", progress -> {
            progress.reached(0, 1);
            ParetoResponse response = ParetoResponse.from(query.runWith(pareto), limit);
            progress.reached(1, 1);
            return response;
        });
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(
            summary = "A report job: QUEUED, RUNNING, DONE or FAILED, steps done of its total as a percentage, and"
                    + " the report once DONE")
    public ReportJobResponse get(@PathParam("id") long id) {
        return jobs.get(id)
                .orElseThrow(() -> new NotFoundException("report job", id))
                .response();
    }

    private Response submit(String report, Function<Progress, Object> work) {
        ReportJob job = jobs.submit(report, work);
        return Response.accepted(job.response())
                .location(uri.getBaseUriBuilder()
                        .path(ReportJobResource.class)
                        .path(String.valueOf(job.id))
                        .build())
                .build();
    }
}

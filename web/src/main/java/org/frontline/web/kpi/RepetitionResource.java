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
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.core.domain.shared.Progress;
import org.frontline.web.security.Allowed;

/** The repetition analysis over REST: what customers contact the centre about, as JSON or CSV. */
@Path("/kpis/repetition")
@RequestScoped
@Transactional
@Tag(name = "KPIs")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class RepetitionResource {
    @Inject
    RepetitionReports reports;

    @Inject
    KpiSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Repetition analysis: the commonest contact reasons, their trend, new accounts' topics, topics"
                    + " without an article, and training needs",
            description = "Topics are the reason codes recorded on inbound contacts. Each topic's trend compares its"
                    + " contacts with the period of equal length before (RISING or FALLING by 10 % or more, STEADY,"
                    + " NEW). A published knowledge-base article covers a topic when it is tagged with each word of"
                    + " the code (billing.refund: billing and refund); the 200 commonest topics are checked. A"
                    + " training need is a team's topic with at least minContacts contacts whose first-contact"
                    + " resolution is fcrGap points or more below the team's over all its contacts, or whose average"
                    + " handle time is ahtExcess percent or more above the team's; hoursLost ranks them. Long"
                    + " periods: POST /api/kpis/jobs/repetition runs the same analysis as a job with progress.")
    public RepetitionResponse analyse(@BeanParam RepetitionParameters parameters) {
        return run(parameters).response();
    }

    @GET
    @Path("topics.csv")
    @Produces("text/csv")
    @Operation(summary = "Every topic of the analysis with its figures and covering articles, commonest first")
    public Response topicsCsv(@BeanParam RepetitionParameters parameters) {
        AnalysedTopics analysed = run(parameters);
        return csv(RepetitionCsv.topics(analysed.report(), analysed.articles()), "topics.csv");
    }

    @GET
    @Path("training-needs.csv")
    @Produces("text/csv")
    @Operation(summary = "Every training need of the analysis, most hours lost first")
    public Response trainingNeedsCsv(@BeanParam RepetitionParameters parameters) {
        return csv(RepetitionCsv.trainingNeeds(run(parameters).report()), "training-needs.csv");
    }

    private AnalysedTopics run(RepetitionParameters parameters) {
        return reports.run(parameters.query(settings.zone()), Progress.NONE);
    }

    private static Response csv(String body, String name) {
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}

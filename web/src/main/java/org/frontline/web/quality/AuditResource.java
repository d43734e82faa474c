package org.frontline.web.quality;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.qualityaudit.audit.Audit;
import org.frontline.qualityaudit.audit.AuditService;
import org.frontline.qualityaudit.audit.AuditState;
import org.frontline.qualityaudit.audit.StratumDraw;
import org.frontline.qualityaudit.audit.UnitReview;
import org.frontline.qualityaudit.scorecard.ScorecardService;
import org.frontline.qualityaudit.scorecard.StoredScorecard;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/**
 * Compliance audits over REST: start one (the sample is drawn and shared among the analysts at once, or nothing is
 * stored), follow its worklists and progress, read its report as JSON, CSV or printable HTML, and complete it.
 */
@Path("/quality/audits")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class AuditResource {

    @Inject
    AuditService audits;

    @Inject
    ScorecardService scorecards;

    @Allowed(Role.QA_ANALYST)
    @POST
    @Operation(
            summary = "Start an audit: define the population, pick a design, draw a seeded sample and assign it",
            description = "The population is frozen at the last contact recorded; the seed (random unless given),"
                    + " design and each stratum's sizes are stored, so the exact sample can be re-derived. Analysts"
                    + " never get a contact they handled, nor (separateTeams) one of their own team's.")
    public Response start(@NotNull @Valid AuditRequest request, @Context UriInfo uri) {
        Audit audit = audits.start(request.toPlan());
        return Created.at(uri, audit.id(), withProgress(audit));
    }

    @GET
    @Operation(summary = "Every audit, newest first, with its progress (sampled, reviewed)")
    public List<AuditResponse> list() {
        return audits.list().stream().map(this::withProgress).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "An audit, how it was drawn, and its progress (sampled, reviewed)")
    public AuditResponse get(@PathParam("id") long id) {
        return withProgress(audits.get(id));
    }

    @GET
    @Path("{id: [0-9]+}/units")
    @Operation(summary = "The sampled contacts and their reviews' progress; one analyst's worklist when named")
    public List<AuditUnitResponse> units(
            @PathParam("id") long id,
            @Parameter(description = "the analyst's agent id") @QueryParam("analystId") String analystId) {
        return audits.work(id, RequestParameters.id("analystId", analystId)).stream()
                .map(AuditUnitResponse::from)
                .toList();
    }

    @GET
    @Path("{id: [0-9]+}/report")
    @Operation(
            summary = "The audit's results: compliance and mean score with confidence intervals, per criterion,"
                    + " agent and team, and the change since the previous audit on the same scorecard",
            description = "Interim until every sampled contact is reviewed. Stratified and fixed-count designs weight"
                    + " each stratum by its population share.")
    public AuditReportResponse report(@PathParam("id") long id) {
        return AuditReportResponse.from(audits.report(id));
    }

    @GET
    @Path("{id: [0-9]+}/report.csv")
    @Produces("text/csv")
    @Operation(summary = "The sample, one row per contact with inclusion probability, analyst and result")
    public Response csv(@PathParam("id") long id) {
        Audit audit = audits.get(id);
        return Response.ok(AuditCsv.of(audit, audits.work(id, Optional.empty())))
                .header("Content-Disposition", "attachment; filename=\"audit-" + id + ".csv\"")
                .build();
    }

    @GET
    @Path("{id: [0-9]+}/report.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The report as a printable HTML page")
    public String html(@PathParam("id") long id) {
        return AuditHtml.of(AuditReportResponse.from(audits.report(id)), AuditResponse.from(audits.get(id)));
    }

    @Allowed(Role.QA_ANALYST)
    @GET
    @Path("{id: [0-9]+}/redraw")
    @Operation(
            summary = "Draw the sample again from the stored population, design and seed, and say whether it is the"
                    + " same: the proof that nobody picked the contacts by hand")
    public RedrawResponse redraw(@PathParam("id") long id) {
        return RedrawResponse.from(audits.redraw(id));
    }

    @Allowed(Role.QA_ANALYST)
    @POST
    @Path("{id: [0-9]+}/complete")
    @Operation(summary = "Close the audit once every sampled contact has its submitted review (send its version)")
    public AuditResponse complete(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return withProgress(audits.complete(id, RequestParameters.requiredVersion(request.version())));
    }

    /** A complete audit has every sampled contact reviewed, so only open ones have their reviews read. */
    private AuditResponse withProgress(Audit audit) {
        StoredScorecard scorecard = scorecards.byId(audit.scorecardId());
        if (audit.state() == AuditState.COMPLETE) {
            int sampled =
                    audit.strata().stream().mapToInt(StratumDraw::sampleSize).sum();
            return AuditResponse.withProgress(audit, scorecard, sampled, sampled);
        }
        List<UnitReview> units = audits.work(audit.id(), Optional.empty());
        return AuditResponse.withProgress(audit, scorecard, units.size(), (int)
                units.stream().filter(UnitReview::reviewed).count());
    }
}

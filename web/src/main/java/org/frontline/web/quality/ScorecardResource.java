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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.scorecard.ScoreSheet;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.ScorecardService;
import org.frontline.qualityaudit.scorecard.Scoring;
import org.frontline.qualityaudit.scorecard.StoredScorecard;
import org.frontline.web.security.Allowed;

/** Scorecards over REST: define one (each change is the next version), read versions, and preview a form's score. */
@Path("/quality/scorecards")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class ScorecardResource {

    @Inject
    ScorecardService scorecards;

    @Allowed(Role.ADMIN)
    @POST
    @Operation(
            summary = "Define a scorecard: the first version of a new name, or the next version of an existing one",
            description = "Section weights and each section's regular criterion weights must add up to 100; critical"
                    + " items are yes/no; scales are YES_NO, ONE_TO_FIVE, ZERO_TO_TEN. Versions are never changed.")
    public Response define(@NotNull @Valid ScorecardRequest request) {
        StoredScorecard stored = scorecards.define(request.toScorecard(1));
        return Response.created(UriBuilder.fromPath("/api/quality/scorecards/{name}/versions/{version}")
                        .build(stored.name(), stored.versionNumber()))
                .entity(ScorecardResponse.from(stored))
                .build();
    }

    @GET
    @Operation(summary = "The latest version of every scorecard, by name")
    public List<ScorecardResponse> list() {
        return scorecards.latestOfEach().stream().map(ScorecardResponse::from).toList();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "The latest version of a scorecard")
    public ScorecardResponse latest(@PathParam("name") String name) {
        return ScorecardResponse.from(scorecards.latest(name));
    }

    @GET
    @Path("{name}/versions/{version: [0-9]+}")
    @Operation(summary = "One version of a scorecard, as reviews scored against it saw it")
    public ScorecardResponse version(@PathParam("name") String name, @PathParam("version") int version) {
        return ScorecardResponse.from(scorecards.version(name, version));
    }

    /** The scorecard a preview is scored against: stored (by name and version) or inline. */
    private Scorecard scorecardOf(ScorePreviewRequest request) {
        if (request.scorecard() != null) {
            return request.scorecard().toScorecard(1);
        }
        if (request.scorecardName() == null) {
            throw new InvalidValueException(
                    "scorecardName", "name a stored scorecard, or give one inline as scorecard");
        }
        StoredScorecard stored = request.scorecardVersion() == null
                ? scorecards.latest(request.scorecardName())
                : scorecards.version(request.scorecardName(), request.scorecardVersion());
        return stored.scorecard();
    }

    @Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
    @POST
    @Path("preview")
    @Operation(
            summary = "Score a review form without storing anything (the form's live score)",
            description = "Against a stored scorecard (scorecardName, scorecardVersion: latest by default) or one given"
                    + " inline (scorecard); every criterion needs a value or na: true.")
    public ScoreSheet preview(@NotNull @Valid ScorePreviewRequest request) {
        return Scoring.score(scorecardOf(request), request.ratings());
    }
}

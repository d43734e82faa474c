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
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.calibration.CalibrationService;
import org.frontline.qualityaudit.calibration.CalibrationSession;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewService;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/**
 * Calibration sessions over REST: open one, let each rater start their blind score of each contact (then rate and
 * submit it like any review), close it, and read the agreement report and its trend over sessions.
 */
@Path("/quality/calibrations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed(Role.QA_ANALYST)
public class CalibrationResource {

    @Inject
    CalibrationService calibrations;

    @Inject
    ReviewService reviews;

    @POST
    @Operation(summary = "Open a calibration session: contacts, raters (two or more) and optionally the expert")
    public Response open(@NotNull @Valid CalibrationRequest request, @Context UriInfo uri) {
        CalibrationSession session = calibrations.open(request.toPlan());
        return Created.at(uri, session.id(), CalibrationResponse.from(session));
    }

    @Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
    @GET
    @Operation(summary = "Sessions, oldest first; those on one scorecard when it is named")
    public List<CalibrationResponse> list(@QueryParam("scorecard") String scorecard) {
        return calibrations.list(RequestParameters.text(scorecard)).stream()
                .map(CalibrationResponse::from)
                .toList();
    }

    @Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
    @GET
    @Path("trend")
    @Operation(summary = "Agreement on total scores (alpha, ICC) session by session on a scorecard, oldest first")
    public List<CalibrationTrendResponse> trend(
            @Parameter(description = "the scorecard's name", required = true) @QueryParam("scorecard")
                    String scorecard) {
        String name = RequestParameters.text(scorecard)
                .orElseThrow(
                        () -> new InvalidValueException("scorecard", "name the scorecard whose sessions to follow"));
        return calibrations.list(Optional.of(name)).stream()
                .map(s -> CalibrationTrendResponse.from(
                        CalibrationReportResponse.from(calibrations.result(s.id())),
                        s.createdAt().toString()))
                .toList();
    }

    @Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "A calibration session")
    public CalibrationResponse get(@PathParam("id") long id) {
        return CalibrationResponse.from(calibrations.get(id));
    }

    @POST
    @Path("{id: [0-9]+}/reviews")
    @Operation(
            summary = "A rater starts scoring one of the session's contacts; rate and submit it under /quality/reviews",
            description = "Raters are blind: others' scores of a contact stay hidden until one's own is submitted.")
    public Response score(@PathParam("id") long id, @NotNull @Valid ScoreRequest request, @Context UriInfo uri) {
        Review review = calibrations.score(id, request.contactId(), request.reviewerId());
        return Response.created(
                        uri.getBaseUriBuilder().path("quality/reviews/{id}").build(review.id()))
                .entity(ReviewResponse.from(review, reviews.scorecardOfReview(review)))
                .build();
    }

    @POST
    @Path("{id: [0-9]+}/close")
    @Operation(summary = "Close the session: no more scores (send its version)")
    public CalibrationResponse close(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return CalibrationResponse.from(calibrations.close(id, RequestParameters.requiredVersion(request.version())));
    }

    @Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/report")
    @Operation(
            summary = "Agreement: per criterion alpha and kappa, totals alpha and ICC(2,1), with 95% bootstrap"
                    + " intervals; rater bias and spread; the contacts disagreed on most")
    public CalibrationReportResponse report(@PathParam("id") long id) {
        return CalibrationReportResponse.from(calibrations.result(id));
    }
}

package org.frontline.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewService;
import org.frontline.qualityaudit.review.ReviewTarget;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/**
 * Reviews over REST: start one, fill in the form, submit it (scored and locked), revise it with a reason (a new
 * revision), and read reviews blind: a reviewer sees others' reviews of a contact once they submitted their own.
 * Until logins exist (the security issue) the reviewer and viewer are named by agent id in the request.
 */
@Path("/quality/reviews")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed(Role.QA_ANALYST)
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    ReviewVisibility visibility;

    @POST
    @Operation(summary = "Start a draft review of a contact (never one's own) against a scorecard version")
    public Response start(@NotNull @Valid ReviewRequest request, @Context UriInfo uri) {
        Review review = reviews.start(
                request.target(),
                request.reviewerId(),
                request.scorecardName(),
                Optional.ofNullable(request.scorecardVersion()));
        return Created.at(uri, review.id(), response(review));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "A review, if the viewer may see it (their own, or once they submitted theirs)")
    public ReviewResponse get(@PathParam("id") long id, @QueryParam("viewerId") String viewerId) {
        Review review = reviews.get(id, viewer(viewerId));
        visibility.requireVisible(review.target());
        return response(review);
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Operation(summary = "A contact's or case's current reviews the viewer may see, and how many are hidden from them")
    public ContactReviewsResponse ofTarget(
            @QueryParam("contactId") String contactId,
            @QueryParam("caseId") String caseId,
            @Parameter(description = "the agent id of who is looking") @QueryParam("viewerId") String viewerId) {
        ReviewTarget target = ReviewRequest.target(
                RequestParameters.id("contactId", contactId).orElse(null),
                RequestParameters.id("caseId", caseId).orElse(null));
        visibility.requireVisible(target);
        ReviewService.Visible visible = reviews.of(target, viewer(viewerId));
        return new ContactReviewsResponse(
                visible.reviews().stream().map(this::response).toList(), visible.hidden());
    }

    @PUT
    @Path("{id: [0-9]+}/ratings")
    @Operation(summary = "Save a draft's answers (send the version you last read); they need not be complete yet")
    public ReviewResponse rate(@PathParam("id") long id, @NotNull @Valid RatingsRequest request) {
        return response(reviews.rate(id, RequestParameters.requiredVersion(request.version()), request.ratings()));
    }

    @POST
    @Path("{id: [0-9]+}/submit")
    @Operation(summary = "Score the draft and lock it; every criterion must be rated or N/A")
    public ReviewResponse submit(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
        return response(reviews.submit(id, RequestParameters.requiredVersion(request.version())));
    }

    @POST
    @Path("{id: [0-9]+}/revise")
    @Operation(summary = "Change a submitted review: a new revision with the reason; the old one stays as it was")
    public Response revise(@PathParam("id") long id, @NotNull @Valid RatingsRequest request, @Context UriInfo uri) {
        Review next = reviews.revise(
                id, RequestParameters.requiredVersion(request.version()), request.ratings(), request.reason());
        return Response.created(
                        uri.getBaseUriBuilder().path("quality/reviews/{id}").build(next.id()))
                .entity(response(next))
                .build();
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/revisions")
    @Operation(summary = "Every revision of a review, first first")
    public List<ReviewResponse> revisions(@PathParam("id") long id, @QueryParam("viewerId") String viewerId) {
        List<Review> revisions = reviews.revisions(id, viewer(viewerId));
        revisions.stream().findFirst().ifPresent(first -> visibility.requireVisible(first.target()));
        return revisions.stream().map(this::response).toList();
    }

    private ReviewResponse response(Review review) {
        return ReviewResponse.from(review, reviews.scorecardOfReview(review));
    }

    private static long viewer(String viewerId) {
        return RequestParameters.id("viewerId", viewerId)
                .orElseThrow(() -> new InvalidValueException("viewerId", "is required: say who is looking"));
    }
}

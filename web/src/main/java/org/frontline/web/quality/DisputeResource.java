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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.qualityaudit.dispute.Dispute;
import org.frontline.qualityaudit.dispute.DisputeService;
import org.frontline.qualityaudit.dispute.DisputeState;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;
import org.frontline.web.security.CurrentUser;

/**
 * Disputes over REST: the reviewed agent disputes a review within FRONTLINE_QA_DISPUTE_DAYS of its submission, and an
 * arbitrator who is neither the reviewer nor the agent decides; a decision that changes the review revises it.
 */
@Path("/quality/disputes")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class DisputeResource {
    @Inject
    CurrentUser me;

    @Inject
    DisputeService disputes;

    @Allowed(Role.AGENT)
    @POST
    @Operation(summary = "Dispute a review of one's own contact, with a comment and optionally the answers proposed")
    public Response raise(@NotNull @Valid DisputeRequest request, @Context UriInfo uri) {
        me.requireSpeaksFor(request.agentId());
        Dispute dispute =
                disputes.dispute(request.reviewId(), request.agentId(), request.comment(), request.proposed());
        return Created.at(uri, dispute.id(), DisputeResponse.from(dispute));
    }

    @GET
    @Operation(summary = "Disputes, oldest first; OPEN ones await an arbitrator")
    public List<DisputeResponse> list(@QueryParam("state") String state) {
        return disputes.list(RequestParameters.enumeration("state", state, DisputeState.class)).stream()
                .map(DisputeResponse::from)
                .toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "A dispute and, once decided, its outcome")
    public DisputeResponse get(@PathParam("id") long id) {
        return DisputeResponse.from(disputes.get(id));
    }

    @Allowed(Role.QA_ANALYST)
    @POST
    @Path("{id: [0-9]+}/decision")
    @Operation(
            summary = "Decide a dispute: UPHELD, PARTLY_ACCEPTED (with the arbitrator's answers) or OVERTURNED (the"
                    + " agent's proposed answers unless the arbitrator gives others), always with a reason")
    public DisputeResponse decide(@PathParam("id") long id, @NotNull @Valid DecisionRequest request) {
        return DisputeResponse.from(disputes.decide(
                id,
                RequestParameters.requiredVersion(request.version()),
                request.arbitratorId(),
                request.outcomeOrNull(),
                request.reason(),
                request.ratings()));
    }
}

package org.frontline.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.qualityaudit.dispute.Acknowledgement;
import org.frontline.qualityaudit.dispute.DisputeService;
import org.frontline.web.platform.Created;
import org.frontline.web.security.Allowed;
import org.frontline.web.security.CurrentUser;

/** The reviewed agent acknowledges a review of their contact (instead of disputing it), within the same window. */
@Path("/quality/acknowledgements")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed(Role.AGENT)
public class AcknowledgementResource {
    @Inject
    CurrentUser me;

    @Inject
    DisputeService disputes;

    @POST
    @Operation(summary = "Acknowledge a review of one's own contact, with an optional comment")
    public Response acknowledge(@NotNull @Valid AcknowledgementRequest request, @Context UriInfo uri) {
        me.requireSpeaksFor(request.agentId());
        Acknowledgement acknowledgement =
                disputes.acknowledge(request.reviewId(), request.agentId(), Optional.ofNullable(request.comment()));
        return Created.at(uri, acknowledgement.id(), AcknowledgementResponse.from(acknowledgement));
    }
}

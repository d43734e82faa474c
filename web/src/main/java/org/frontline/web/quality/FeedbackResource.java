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
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.feedback.FeedbackService;
import org.frontline.qualityaudit.feedback.FeedbackSession;
import org.frontline.qualityaudit.feedback.Observation;
import org.frontline.qualityaudit.feedback.Period;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.platform.TimeWindow;
import org.frontline.web.security.Allowed;
import org.frontline.web.security.CurrentUser;

/**
 * Feedback over REST: an agent's packet for a period (the last 30 days unless given), team leads' observations, and
 * the sessions held.
 */
@Path("/quality/feedback")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class FeedbackResource {
    @Inject
    CurrentUser me;

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    @Inject
    FeedbackService feedback;

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("agents/{agentId: [0-9]+}")
    @Operation(
            summary = "What to discuss with an agent: reviews and answers, calibration, coaching, training,"
                    + " observations, time by status")
    public FeedbackPacketResponse packet(
            @PathParam("agentId") long agentId,
            @Parameter(description = "ISO-8601 start; default 30 days before to") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 end; default now") @QueryParam("to") String to) {
        TimeWindow window = TimeWindow.of(from, to, DEFAULT_PERIOD);
        me.requireSpeaksFor(agentId);
        return FeedbackPacketResponse.from(feedback.packet(agentId, new Period(window.from(), window.to())));
    }

    @POST
    @Path("agents/{agentId: [0-9]+}/observations")
    @Operation(summary = "Record a team lead's observation of the agent")
    public Response observe(
            @PathParam("agentId") long agentId, @NotNull @Valid ObservationRequest request, @Context UriInfo uri) {
        Observation observation = feedback.observe(agentId, request.authorId(), request.note());
        return Created.at(uri, observation.id(), ObservationResponse.from(observation));
    }

    @POST
    @Path("sessions")
    @Operation(summary = "Record a feedback session held with an agent")
    public Response hold(@NotNull @Valid FeedbackSessionRequest request, @Context UriInfo uri) {
        FeedbackSession session = feedback.hold(
                request.agentId(), request.leadId(), request.period(), request.notes(), request.actions());
        return Created.at(uri, session.id(), FeedbackSessionResponse.from(session));
    }

    @GET
    @Path("sessions")
    @Operation(summary = "An agent's feedback sessions, latest first")
    public List<FeedbackSessionResponse> sessions(@QueryParam("agentId") String agentId) {
        long agent = RequestParameters.id("agentId", agentId)
                .orElseThrow(() -> new InvalidValueException("agentId", "is required"));
        return feedback.sessionsOf(agent).stream()
                .map(FeedbackSessionResponse::from)
                .toList();
    }
}

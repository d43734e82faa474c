package org.frontline.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
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
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.coaching.TrainingRecord;
import org.frontline.qualityaudit.coaching.TrainingService;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.routing.AgentChanged;
import org.frontline.web.security.Allowed;

/**
 * Training records over REST: record a course an agent took; a team lead confirms it, and a passed course's raise
 * lifts the agent's skill or channel proficiency, which routing picks up once the change is committed.
 */
@Path("/quality/training")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class TrainingResource {

    @Inject
    TrainingService training;

    @Inject
    Event<AgentChanged> changes;

    @POST
    @Operation(summary = "Record a course an agent completed, and what it raises on passing")
    public Response record(@NotNull @Valid TrainingRequest request, @Context UriInfo uri) {
        TrainingRecord record = training.record(
                request.agentId(), request.course(), request.date(), request.resultOrNull(), request.raise());
        return Created.at(uri, record.id(), TrainingResponse.from(record));
    }

    @GET
    @Operation(summary = "An agent's training records, latest first")
    public List<TrainingResponse> ofAgent(@QueryParam("agentId") String agentId) {
        long agent = RequestParameters.id("agentId", agentId)
                .orElseThrow(() -> new InvalidValueException("agentId", "is required"));
        return training.ofAgent(agent).stream().map(TrainingResponse::from).toList();
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @POST
    @Path("{id: [0-9]+}/confirm")
    @Operation(summary = "A team lead confirms the record; a passed course raises the agent's proficiency now")
    public TrainingResponse confirm(@PathParam("id") long id, @NotNull @Valid ConfirmRequest request) {
        TrainingRecord record =
                training.confirm(id, RequestParameters.requiredVersion(request.version()), request.leadId());
        if (record.dueRaise().isPresent()) {
            changes.fire(new AgentChanged(record.agentId()));
        }
        return TrainingResponse.from(record);
    }
}

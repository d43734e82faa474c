package org.frontline.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.routing.desk.RoutingDesk;
import org.frontline.web.security.Allowed;

/** Routing queues over REST: their rules, read, created or replaced, and removed. */
@Path("/routing/queues")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class RoutingQueueResource {

    @Inject
    RoutingDesk desk;

    @GET
    @Operation(summary = "Every queue with its skills, widening steps and answer target, by name")
    public List<QueueResponse> queues() {
        return desk.queues().stream().map(QueueResponse::from).toList();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One queue's rules")
    public QueueResponse queue(@PathParam("name") String name) {
        return QueueResponse.from(desk.queue(name));
    }

    @Allowed(Role.SUPERVISOR)
    @PUT
    @Path("{name}")
    @Operation(
            summary = "Create a queue, or replace its rules (send the version you last read; 409 otherwise)",
            description = "Contacts waiting in it take their place again under the new rules. Names are lower-case"
                    + " letters, digits and hyphens; skills no agent has, unknown languages and overflow to a queue"
                    + " that does not exist are refused.")
    public QueueResponse define(@PathParam("name") String name, @NotNull @Valid QueueRequest request) {
        desk.define(request.toQueue(name), request.answerTarget(), Optional.ofNullable(request.version()));
        return queue(name);
    }

    @Allowed(Role.SUPERVISOR)
    @DELETE
    @Path("{name}")
    @Operation(summary = "Remove a queue no contact waits in and no other queue overflows to")
    public void remove(@PathParam("name") String name) {
        desk.remove(name);
    }
}

package org.frontline.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.routing.desk.RoutingDesk;
import org.frontline.web.platform.RequestParameters;

/** Routing queues over REST: their rules (read, create or replace, remove) and their status today. */
@Path("/routing")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
public class RoutingQueueResource {

    @Inject
    RoutingDesk desk;

    @Inject
    Clock clock;

    @GET
    @Path("queues")
    @Operation(summary = "Every queue with its skills, widening steps and answer target, by name")
    public List<QueueResponse> queues() {
        return desk.queues().stream().map(QueueResponse::from).toList();
    }

    @GET
    @Path("queues/{name}")
    @Operation(summary = "One queue's rules")
    public QueueResponse queue(@PathParam("name") String name) {
        return QueueResponse.from(desk.queue(name));
    }

    @PUT
    @Path("queues/{name}")
    @Operation(
            summary = "Create a queue, or replace its rules (send the version you last read; 409 otherwise)",
            description = "Contacts waiting in it take their place again under the new rules. Names are lower-case"
                    + " letters, digits and hyphens; skills no agent has, unknown languages and overflow to a queue"
                    + " that does not exist are refused.")
    public QueueResponse define(@PathParam("name") String name, @NotNull @Valid QueueRequest request) {
        desk.define(request.toQueue(name), request.answerTarget(), Optional.ofNullable(request.version()));
        return queue(name);
    }

    @DELETE
    @Path("queues/{name}")
    @Operation(summary = "Remove a queue no contact waits in and no other queue overflows to")
    public void remove(@PathParam("name") String name) {
        desk.remove(name);
    }

    @POST
    @Path("engine/rebuild")
    @Operation(
            summary = "Rebuild the routing engine from the database (as at start-up)",
            description = "Waiting contacts take their places again and go to free agents who qualify; returns how"
                    + " many contacts routing holds.")
    public RebuildResponse rebuild() {
        return new RebuildResponse(desk.rebuild());
    }

    /** How many contacts routing holds after a rebuild: waiting, offered or accepted. */
    public record RebuildResponse(int contactsInRouting) {}

    @GET
    @Path("status")
    @Operation(
            summary = "Each queue now (waiting, longest wait) and today so far (answered, within target, abandoned,"
                    + " service level)")
    public List<QueueStatusResponse> status(
            @Parameter(description = "the centre's time zone for 'today', e.g. Europe/Paris (UTC by default)")
                    @QueryParam("zone")
                    String zone) {
        ZoneId centre = RequestParameters.zone("zone", zone).orElse(ZoneOffset.UTC);
        return desk
                .figures(LocalDate.now(clock.withZone(centre))
                        .atStartOfDay(centre)
                        .toInstant())
                .stream()
                .map(QueueStatusResponse::from)
                .toList();
    }
}

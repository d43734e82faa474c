package org.frontline.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.routing.desk.RoutingDesk;
import org.frontline.web.platform.LiveFeeds;
import org.frontline.web.security.Allowed;
import org.frontline.web.security.CurrentUser;

/** An agent's work in routing: the contacts offered to them now and those they are handling. */
@Path("/routing/agents")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
@Allowed(Role.AGENT)
public class AgentWorkResource {
    @Inject
    CurrentUser me;

    @Inject
    RoutingDesk desk;

    @Inject
    LiveFeeds feeds;

    @GET
    @Path("{id: [0-9]+}/work")
    @Operation(
            summary = "The contacts offered to the agent (their next contacts, to accept or reject) and those they"
                    + " handle, earliest offer first")
    public List<RoutedContactResponse> work(@PathParam("id") long id) {
        me.requireSpeaksFor(id);
        return desk.work(id).stream().map(RoutedContactResponse::from).toList();
    }

    @GET
    @Path("{id: [0-9]+}/work/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary =
                    "The same list, live: a server-sent event 'work' now and whenever it changes (for the agent console)")
    public void workEvents(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        me.requireSpeaksFor(id);
        feeds.stream(
                sink,
                sse,
                "work",
                () -> desk.work(id).stream().map(RoutedContactResponse::from).toList());
    }
}

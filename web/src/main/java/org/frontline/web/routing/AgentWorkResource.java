package org.frontline.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.routing.desk.RoutingDesk;
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

    @GET
    @Path("{id: [0-9]+}/work")
    @Operation(
            summary = "The contacts offered to the agent (their next contacts, to accept or reject) and those they"
                    + " handle, earliest offer first")
    public List<RoutedContactResponse> work(@PathParam("id") long id) {
        me.requireSpeaksFor(id);
        return desk.work(id).stream().map(RoutedContactResponse::from).toList();
    }
}

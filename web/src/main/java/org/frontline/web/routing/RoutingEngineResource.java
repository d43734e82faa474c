package org.frontline.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.routing.desk.RoutingDesk;
import org.frontline.web.security.Allowed;

/** The routing engine over REST: rebuild it from the database on demand. */
@Path("/routing/engine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
@Allowed(Role.ADMIN)
public class RoutingEngineResource {

    @Inject
    RoutingDesk desk;

    @POST
    @Path("rebuild")
    @Operation(
            summary = "Rebuild the routing engine from the database (as at start-up)",
            description = "Waiting contacts take their places again and go to free agents who qualify; returns how"
                    + " many contacts routing holds.")
    public RebuildResponse rebuild() {
        return new RebuildResponse(desk.rebuild());
    }

    /** How many contacts routing holds after a rebuild: waiting, offered or accepted. */
    public record RebuildResponse(int contactsInRouting) {}
}

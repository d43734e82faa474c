package org.frontline.web.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.web.error.Problem;
import org.frontline.web.security.Allowed;

/** The demo centre over REST: whether it can be reset here, and resets as background jobs to follow. */
@Path("/admin/demo-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demo data", description = "Loading the demo centre afresh on the embedded database")
@Allowed(Role.ADMIN)
public class DemoDataResource {
    private static final String NOT_EMBEDDED = "Demo data can only be reset on the embedded H2 database, and this"
            + " server runs on another one: a reset empties every table but the accounts.";

    @Inject
    DemoDataWipe wipe;

    @Inject
    DemoResets resets;

    /** Whether a reset is possible on this server, and if not why. */
    public record DemoDataStatus(boolean resettable, String detail) {}

    @GET
    @Operation(summary = "Whether the demo data can be reset here (only on the embedded H2 database)")
    public DemoDataStatus status() throws SQLException {
        return wipe.embedded()
                ? new DemoDataStatus(true, "A reset empties every table but the accounts and loads the demo afresh.")
                : new DemoDataStatus(false, NOT_EMBEDDED);
    }

    @POST
    @Path("resets")
    @Operation(
            summary = "Reset the demo centre: 202 with the job, whose address to poll for its progress",
            description = "Empties every table of the embedded database except the accounts, their API tokens and"
                    + " the admin action log (accounts stop working as agents, and the demo logins take their demo"
                    + " agents again), empties the search index, loads the demo centre as at first start and rebuilds"
                    + " routing. While one runs, asking again returns that one. 409 on any database but the embedded"
                    + " H2.")
    public Response start(@Context UriInfo uri) throws SQLException {
        if (!wipe.embedded()) {
            throw new WebApplicationException(Problem.of(Response.Status.CONFLICT, "not-embedded", NOT_EMBEDDED)
                    .toResponse());
        }
        DemoReset reset = resets.submit();
        return Response.accepted(reset.response())
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(reset.id))
                        .build())
                .build();
    }

    @GET
    @Path("resets/{id: [0-9]+}")
    @Operation(summary = "One demo reset: its state, steps done of the total, the step under way and its outcome")
    public DemoResetResponse get(@PathParam("id") long id) {
        return resets.get(id)
                .orElseThrow(() -> new NotFoundException("demo reset", id))
                .response();
    }
}

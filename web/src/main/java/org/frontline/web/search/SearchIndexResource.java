package org.frontline.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.web.security.Allowed;

/** Rebuilding the search index from the database, as a background job whose progress can be followed. */
@Path("/search-index/rebuilds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search index", description = "The index is derived from the database and can always be rebuilt")
@Allowed(Role.ADMIN)
public class SearchIndexResource {

    @Inject
    IndexRebuilds rebuilds;

    @POST
    @Operation(
            summary = "Rebuild the search index (articles, customers, cases) from the database",
            description = "Answers 202 at once with the job; follow it at its Location (state RUNNING, DONE or"
                    + " FAILED, total and indexed). While one runs, asking again returns that one. Searches may"
                    + " miss documents until it is DONE.")
    public Response start(@Context UriInfo uri) {
        IndexRebuild.Snapshot rebuild = rebuilds.start();
        return Response.accepted(rebuild)
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(rebuild.id()))
                        .build())
                .build();
    }

    @GET
    @Operation(summary = "The last ten rebuilds on this server, latest first")
    public List<IndexRebuild.Snapshot> recent() {
        return rebuilds.recent();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One rebuild's progress and outcome")
    public IndexRebuild.Snapshot get(@PathParam("id") long id) {
        return rebuilds.get(id).orElseThrow(() -> new NotFoundException("search index rebuild", id));
    }
}

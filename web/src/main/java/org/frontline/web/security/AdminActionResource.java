package org.frontline.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.AccessRepository;
import org.frontline.core.domain.access.Role;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;

/** The admin action log, newest first. */
@Path("/admin/actions")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "Access", description = "Accounts, roles, API tokens and the admin action log")
public class AdminActionResource {

    @Inject
    AccessRepository repository;

    @GET
    @Operation(summary = "Every change asked of an administrators-only endpoint: who, when, what, from where, outcome")
    public PageResponse<AdminActionResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(repository.actions(RequestParameters.page(page, size)), AdminActionResponse::from);
    }
}

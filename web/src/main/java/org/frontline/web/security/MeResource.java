package org.frontline.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.frontline.core.domain.access.AccountService;
import org.frontline.core.domain.access.ApiTokenService;
import org.frontline.core.domain.access.Role;
import org.frontline.web.platform.Created;

/** The caller's own account: who they are, their password, their API tokens, logging out. */
@Path("/me")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.AGENT, Role.QA_ANALYST})
@Tag(name = "Access", description = "Accounts, roles, API tokens and the admin action log")
public class MeResource {

    @Inject
    CurrentUser me;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService tokens;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Who I am: username, roles (with the ones they include), my agent, my session's CSRF token")
    public MeResponse get() {
        return MeResponse.from(me.account(), SessionLogin.csrfToken(request).orElse(null));
    }

    @POST
    @Path("password")
    @Operation(summary = "Change my password: the current one, and a new one of at least 10 characters")
    public Response changePassword(@NotNull @Valid PasswordChangeRequest change) {
        accounts.changeOwnPassword(me.account().username(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "My API tokens (their secrets are only shown when made)")
    public List<TokenResponse> tokens() {
        return tokens.tokensOf(me.account()).stream().map(TokenResponse::from).toList();
    }

    @POST
    @Path("tokens")
    @Operation(
            summary = "Make an API token for scripts: send it as 'Authorization: Bearer <token>'; shown only now",
            description = "The token acts as me with my roles at the time of each request, until it expires.")
    public Response issue(@NotNull @Valid TokenRequest token, @Context UriInfo uri) {
        ApiTokenService.Issued issued = tokens.issue(me.account(), token.name(), token.days());
        return Created.at(uri, issued.token().id(), TokenResponse.issued(issued.token(), issued.secret()));
    }

    @DELETE
    @Path("tokens/{id: [0-9]+}")
    @Operation(summary = "Revoke one of my API tokens")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(me.account(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("logout")
    @Operation(summary = "End my browser session")
    public Response logout() {
        SessionLogin.end(request);
        return Response.noContent().build();
    }
}

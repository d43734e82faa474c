package org.frontline.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.AccountService;
import org.frontline.core.domain.access.AccountService.AccountDetails;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.access.UserAccount;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;

/** User accounts, managed by administrators. */
@Path("/users")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "Access", description = "Accounts, roles, API tokens and the admin action log")
public class UserResource {

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "Accounts by username")
    public PageResponse<UserResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(accounts.list(RequestParameters.page(page, size)), UserResponse::from);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One account")
    public UserResponse get(@PathParam("id") long id) {
        return UserResponse.from(accounts.get(id));
    }

    @POST
    @Operation(
            summary = "Add an account: username, display name, first password (10+ characters), roles, agent",
            description = "Roles: AGENT, QA_ANALYST, TEAM_LEAD, SUPERVISOR, ADMIN; each includes the ones below it"
                    + " (ADMIN includes all).")
    public Response create(@NotNull @Valid UserRequest user, @Context UriInfo uri) {
        UserAccount account = accounts.create(
                user.username(),
                user.password(),
                new AccountDetails(
                        user.displayName(),
                        RoleNames.parse(user.roles()),
                        user.agentId(),
                        user.enabled() == null || user.enabled()));
        return Created.at(uri, account.id(), UserResponse.from(account));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Change an account's name, roles, agent or whether it may log in (409 when stale)")
    public UserResponse update(@PathParam("id") long id, @NotNull @Valid UserUpdateRequest change) {
        return UserResponse.from(accounts.update(
                id,
                change.version(),
                new AccountDetails(
                        change.displayName(), RoleNames.parse(change.roles()), change.agentId(), change.enabled())));
    }

    @POST
    @Path("{id: [0-9]+}/password")
    @Operation(summary = "Set a new password for an account (a user who forgot theirs)")
    public Response resetPassword(@PathParam("id") long id, @NotNull @Valid PasswordResetRequest reset) {
        accounts.resetPassword(id, reset.password());
        return Response.noContent().build();
    }
}

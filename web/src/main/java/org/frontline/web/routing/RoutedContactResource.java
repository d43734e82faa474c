package org.frontline.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.frontline.routing.desk.RoutingDesk;
import org.frontline.web.platform.Created;
import org.frontline.web.security.Allowed;
import org.frontline.web.security.CurrentUser;

/**
 * Contacts in routing over REST: enter one, read where it stands, accept, reject or complete it as the agent it was
 * offered to, escalate or de-escalate it, withdraw it, and ask why it went where it went.
 */
@Path("/routing/contacts")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing", description = "Skills, language and tier routing of waiting contacts to agents")
@Allowed(Role.AGENT)
public class RoutedContactResource {
    @Inject
    CurrentUser me;

    @Inject
    RoutingDesk desk;

    @POST
    @Operation(
            summary = "Route a recorded inbound contact: it is offered at once to the best free agent who qualifies,"
                    + " or waits in its queue",
            description = "Value tier comes from the contact's customer; tier, priority and SLA deadline from its case"
                    + " unless given. Skills no agent has are refused, not ignored.")
    public Response enter(@NotNull @Valid RoutedContactRequest request, @Context UriInfo uri) {
        desk.enter(request.contactId(), request.toRequest());
        return Created.at(uri, request.contactId(), get(request.contactId()));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}")
    @Operation(
            summary = "Where a contact stands in routing: WAITING, OFFERED, ACCEPTED, COMPLETED, ABANDONED, WITHDRAWN")
    public RoutedContactResponse get(@PathParam("id") long id) {
        return RoutedContactResponse.from(desk.contact(id));
    }

    @POST
    @Path("{id: [0-9]+}/accept")
    @Operation(summary = "The agent it is offered to takes it (and turns BUSY if they were AVAILABLE)")
    public RoutedContactResponse accept(@PathParam("id") long id, @NotNull @Valid AgentActionRequest request) {
        me.requireSpeaksFor(request.agentId());
        desk.accept(id, request.agentId());
        return get(id);
    }

    @POST
    @Path("{id: [0-9]+}/reject")
    @Operation(summary = "The agent it is offered to turns it down: it waits again and is never offered to them")
    public RoutedContactResponse reject(@PathParam("id") long id, @NotNull @Valid AgentActionRequest request) {
        me.requireSpeaksFor(request.agentId());
        desk.reject(id, request.agentId());
        return get(id);
    }

    @POST
    @Path("{id: [0-9]+}/complete")
    @Operation(
            summary = "The agent who accepted it finished it",
            description = "With wrapUp the agent goes to WRAP_UP and gets nothing new until AVAILABLE again; otherwise"
                    + " their next contact is offered at once.")
    public RoutedContactResponse complete(@PathParam("id") long id, @NotNull @Valid AgentActionRequest request) {
        me.requireSpeaksFor(request.agentId());
        desk.complete(id, request.agentId(), request.wrapsUp());
        return get(id);
    }

    @POST
    @Path("{id: [0-9]+}/withdraw")
    @Operation(summary = "A waiting or offered contact leaves routing; abandoned when the customer gave up")
    public RoutedContactResponse withdraw(@PathParam("id") long id, @NotNull @Valid WithdrawRequest request) {
        desk.withdraw(id, request.gaveUp());
        return get(id);
    }

    @POST
    @Path("{id: [0-9]+}/escalate")
    @Operation(
            summary = "Move the contact up a support tier (L1 → L2 → L3), with a reason",
            description = "Its case escalates with it and keeps its history. A waiting contact takes its new place in"
                    + " line; one offered to or handled by agentId goes back in line for the next tier.")
    public RoutedContactResponse escalate(@PathParam("id") long id, @NotNull @Valid EscalationRequest request) {
        desk.escalate(id, request.holder(), false, request.reason());
        return get(id);
    }

    @POST
    @Path("{id: [0-9]+}/deescalate")
    @Operation(summary = "Move the contact down a support tier, with a reason (its case moves with it)")
    public RoutedContactResponse deescalate(@PathParam("id") long id, @NotNull @Valid EscalationRequest request) {
        desk.escalate(id, request.holder(), true, request.reason());
        return get(id);
    }

    @Allowed(Role.TEAM_LEAD)
    @GET
    @Path("{id: [0-9]+}/decisions")
    @Operation(summary = "Every routing decision about the contact: who got it, the candidates weighed, and why")
    public List<DecisionResponse> decisions(@PathParam("id") long id) {
        return desk.decisions(id).stream().map(DecisionResponse::from).toList();
    }
}

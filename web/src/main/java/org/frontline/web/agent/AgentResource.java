package org.frontline.web.agent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.agent.AgentFilter;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.agent.AgentStatus;
import org.frontline.core.domain.agent.LeaveReason;
import org.frontline.core.domain.agent.StatusLogEntry;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.web.audit.AuditEntry;
import org.frontline.web.audit.AuditTrail;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.routing.AgentChanged;
import org.frontline.web.security.Allowed;
import org.frontline.web.security.CurrentUser;

/** Agents over REST: hire, read, list with filters, update, switch status, and read the status log. */
@Path("/agents")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agents", description = "The people who take contacts: tier, skills, languages, channels, status")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class AgentResource {
    @Inject
    CurrentUser me;

    /** The default window of the status log: the last day. */
    private static final Duration DEFAULT_LOG_WINDOW = Duration.ofDays(1);

    @Inject
    AgentService agents;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Routing takes in hired and changed agents once the change is committed. */
    @Inject
    Event<AgentChanged> changes;

    @Allowed(Role.SUPERVISOR)
    @POST
    @Operation(summary = "Hire an agent into a team; a new agent starts OFFLINE")
    public Response hire(@NotNull @Valid AgentRequest request, @Context UriInfo uri) {
        Agent agent = agents.hire(request.toProfile(LocalDate.now(clock)));
        changes.fire(new AgentChanged(agent.id()));
        return Created.at(uri, agent.id(), AgentResponse.from(agent));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one agent")
    public AgentResponse get(@PathParam("id") long id) {
        return AgentResponse.from(agents.get(id));
    }

    @GET
    @Operation(summary = "List agents by name; every filter given must hold")
    public PageResponse<AgentResponse> list(
            @QueryParam("teamId") String teamId,
            @Parameter(description = "L1, L2 or L3") @QueryParam("tier") String tier,
            @Parameter(description = "AVAILABLE, BUSY, WRAP_UP, AWAY or OFFLINE") @QueryParam("status") String status,
            @Parameter(description = "a skill name, e.g. billing") @QueryParam("skill") String skill,
            @Parameter(description = "an ISO 639 language code, e.g. es") @QueryParam("language") String language,
            @Parameter(description = "PHONE, EMAIL, CHAT or WEB") @QueryParam("channel") String channel,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        AgentFilter filter = new AgentFilter(
                RequestParameters.id("teamId", teamId),
                RequestParameters.enumeration("tier", tier, SupportTier.class),
                RequestParameters.enumeration("status", status, AgentStatus.class),
                Optional.ofNullable(skill)
                        .filter(s -> !s.isBlank())
                        .map(s -> s.strip().toLowerCase()),
                Optional.ofNullable(language)
                        .filter(l -> !l.isBlank())
                        .map(l -> l.strip().toLowerCase()),
                RequestParameters.enumeration("channel", channel, Channel.class));
        return PageResponse.of(agents.list(filter, RequestParameters.page(page, size)), AgentResponse::from);
    }

    @Allowed(Role.SUPERVISOR)
    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Replace an agent's profile; send the version you last read (409 otherwise)")
    public AgentResponse update(@PathParam("id") long id, @NotNull @Valid AgentRequest request) {
        Agent agent = agents.revise(id, request.requiredVersion(), request.toProfile(LocalDate.now(clock)));
        changes.fire(new AgentChanged(id));
        return AgentResponse.from(agent);
    }

    @Allowed(Role.AGENT)
    @POST
    @Path("{id: [0-9]+}/status")
    @Operation(
            summary = "Switch the agent's status now; the stretch it leaves goes to the status log",
            description = "AVAILABLE (and BUSY) agents take contacts from routing up to their channel capacities;"
                    + " WRAP_UP, AWAY and OFFLINE agents keep what they hold but get no new offers.")
    public AgentResponse changeStatus(@PathParam("id") long id, @NotNull @Valid StatusChangeRequest request) {
        AgentStatus status = RequestParameters.enumeration("status", request.status(), AgentStatus.class)
                .orElseThrow();
        me.requireSpeaksFor(id);
        Agent agent = agents.changeStatus(id, status);
        changes.fire(new AgentChanged(id));
        return AgentResponse.from(agent);
    }

    @Allowed(Role.SUPERVISOR)
    @POST
    @Path("{id: [0-9]+}/leave")
    @Operation(
            summary = "Record that the agent left: their last day and why (VOLUNTARY, INVOLUNTARY, INTERNAL_MOVE)",
            description = "Logs them off; they keep their history, count in turnover, and can no longer log in or"
                    + " answer surveys. Send the version you last read (409 otherwise).")
    public AgentResponse leave(@PathParam("id") long id, @NotNull @Valid LeaveRequest request) {
        Agent agent = agents.leave(
                id,
                request.requiredVersion(),
                RequestParameters.date("leftOn", request.leftOn()).orElseThrow(),
                RequestParameters.enumeration("reason", request.reason(), LeaveReason.class)
                        .orElseThrow());
        changes.fire(new AgentChanged(id));
        return AgentResponse.from(agent);
    }

    @GET
    @Path("{id: [0-9]+}/status-log")
    @Operation(
            summary = "The agent's status log over [from, to), oldest first",
            description = "Defaults to the last 24 hours; the open, current stretch has no endedAt. At most "
                    + AgentService.MAX_LOG_ENTRIES + " entries; for the next ones ask again with from = the last"
                    + " entry's endedAt.")
    public List<StatusLogEntry> statusLog(
            @PathParam("id") long id,
            @Parameter(description = "ISO-8601 instant") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant") @QueryParam("to") String to) {
        Instant end = RequestParameters.instant("to", to).orElseGet(clock::instant);
        Instant start = RequestParameters.instant("from", from).orElse(end.minus(DEFAULT_LOG_WINDOW));
        return agents.statusLog(id, start, end);
    }

    @Allowed(Role.TEAM_LEAD)
    @GET
    @Path("{id: [0-9]+}/audit")
    @Operation(summary = "Every change to this agent: when, who, and the agent as it was after it")
    public List<AuditEntry<AgentResponse>> audit(@PathParam("id") long id) {
        agents.get(id);
        return audit.of(Agent.class, id, AgentResponse::from);
    }
}

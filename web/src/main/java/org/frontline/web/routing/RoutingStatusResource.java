package org.frontline.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.agent.AgentFilter;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.agent.AgentStatus;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.routing.desk.RoutingDesk;
import org.frontline.web.platform.LiveFeeds;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** The queues' status over REST: what waits now and how today has gone so far. */
@Path("/routing/status")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class RoutingStatusResource {
    private static final List<AgentStatus> WORKING =
            List.of(AgentStatus.AVAILABLE, AgentStatus.BUSY, AgentStatus.WRAP_UP, AgentStatus.AWAY);

    @Inject
    RoutingDesk desk;

    @Inject
    Clock clock;

    @Inject
    LiveFeeds feeds;

    @Inject
    AgentService agents;

    @GET
    @Operation(
            summary = "Each queue now (waiting, longest wait) and today so far (answered, within target, abandoned,"
                    + " service level)")
    public List<QueueStatusResponse> status(
            @Parameter(description = "the centre's time zone for 'today', e.g. Europe/Paris (UTC by default)")
                    @QueryParam("zone")
                    String zone) {
        return figures(RequestParameters.zone("zone", zone).orElse(ZoneOffset.UTC));
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "The same figures with the number of agents in each working status, live: a server-sent event"
                    + " 'centre' now and whenever they change")
    public void events(@QueryParam("zone") String zone, @Context SseEventSink sink, @Context Sse sse) {
        ZoneId centre = RequestParameters.zone("zone", zone).orElse(ZoneOffset.UTC);
        feeds.stream(sink, sse, "centre", () -> new CentreNowResponse(figures(centre), agentsByStatus()));
    }

    private Map<String, Long> agentsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (AgentStatus status : WORKING) {
            counts.put(
                    status.name(),
                    agents.list(AgentFilter.inStatus(status), new PageRequest(0, 1))
                            .totalItems());
        }
        return counts;
    }

    private List<QueueStatusResponse> figures(ZoneId centre) {
        return desk
                .figures(LocalDate.now(clock.withZone(centre))
                        .atStartOfDay(centre)
                        .toInstant())
                .stream()
                .map(QueueStatusResponse::from)
                .toList();
    }
}

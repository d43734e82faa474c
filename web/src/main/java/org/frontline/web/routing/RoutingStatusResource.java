package org.frontline.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.routing.desk.RoutingDesk;
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

    @Inject
    RoutingDesk desk;

    @Inject
    Clock clock;

    @GET
    @Operation(
            summary = "Each queue now (waiting, longest wait) and today so far (answered, within target, abandoned,"
                    + " service level)")
    public List<QueueStatusResponse> status(
            @Parameter(description = "the centre's time zone for 'today', e.g. Europe/Paris (UTC by default)")
                    @QueryParam("zone")
                    String zone) {
        ZoneId centre = RequestParameters.zone("zone", zone).orElse(ZoneOffset.UTC);
        return desk
                .figures(LocalDate.now(clock.withZone(centre))
                        .atStartOfDay(centre)
                        .toInstant())
                .stream()
                .map(QueueStatusResponse::from)
                .toList();
    }
}

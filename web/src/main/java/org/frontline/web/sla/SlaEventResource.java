package org.frontline.web.sla;

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
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.sla.SlaEventFilter;
import org.frontline.core.domain.sla.SlaEventKind;
import org.frontline.core.domain.sla.SlaTarget;
import org.frontline.core.domain.sla.SlaWatch;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** The SLA warnings and breaches recorded so far, for dashboards and for systems that poll for them. */
@Path("/sla-events")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class SlaEventResource {

    @Inject
    SlaWatch watch;

    @GET
    @Operation(
            summary = "List SLA warnings and breaches, oldest recorded first; every filter given must hold",
            description = "Each crossing is recorded once: WARNING when a target used the policy's warning share of"
                    + " its time, BREACH when it ran out. occurredAt is when that happened, recordedAt when the"
                    + " watch (every FRONTLINE_SLA_WATCH_SECONDS) noticed; poll with since=<last recordedAt>.")
    public PageResponse<SlaEventResponse> list(
            @QueryParam("caseId") String caseId,
            @QueryParam("target") String target,
            @QueryParam("kind") String kind,
            @QueryParam("since") String since,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        SlaEventFilter filter = new SlaEventFilter(
                RequestParameters.id("caseId", caseId),
                RequestParameters.enumeration("target", target, SlaTarget.class),
                RequestParameters.enumeration("kind", kind, SlaEventKind.class),
                RequestParameters.instant("since", since));
        return PageResponse.of(watch.events(filter, RequestParameters.page(page, size)), SlaEventResponse::from);
    }
}

package org.frontline.web.sla;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.sla.SlaPolicy;
import org.frontline.core.domain.sla.SlaService;
import org.frontline.web.audit.AuditEntry;
import org.frontline.web.audit.AuditTrail;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** SLA policies over REST: one per customer value tier and case priority. */
@Path("/sla-policies")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SLA")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class SlaPolicyResource {

    @Inject
    SlaService slas;

    @Inject
    AuditTrail audit;

    @Allowed(Role.ADMIN)
    @POST
    @Operation(summary = "Define the policy for a tier and priority that has none (409 if it has one: PUT it)")
    public Response define(@NotNull @Valid SlaPolicyRequest request, @Context UriInfo uri) {
        SlaPolicy policy =
                slas.definePolicy(request.tier(), request.priorityLevel(), request.targets(), request.calendarId());
        return Created.at(uri, policy.id(), SlaPolicyResponse.from(policy));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one SLA policy")
    public SlaPolicyResponse get(@PathParam("id") long id) {
        return SlaPolicyResponse.from(slas.policy(id));
    }

    @GET
    @Operation(summary = "List SLA policies by tier and priority")
    public PageResponse<SlaPolicyResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(slas.policies(RequestParameters.page(page, size)), SlaPolicyResponse::from);
    }

    @Allowed(Role.ADMIN)
    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Change a policy's targets or calendar; send the version you last read")
    public SlaPolicyResponse retarget(@PathParam("id") long id, @NotNull @Valid SlaPolicyRequest request) {
        return SlaPolicyResponse.from(
                slas.retarget(id, request.requiredVersion(), request.targets(), request.calendarId()));
    }

    @Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/audit")
    @Operation(summary = "Every change to this SLA policy: when, who, and the SLA policy as it was after it")
    public List<AuditEntry<SlaPolicyResponse>> audit(@PathParam("id") long id) {
        slas.policy(id);
        return audit.of(SlaPolicy.class, id, SlaPolicyResponse::from);
    }
}

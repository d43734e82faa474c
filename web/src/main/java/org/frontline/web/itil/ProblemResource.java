package org.frontline.web.itil;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.itil.Problem;
import org.frontline.core.domain.itil.ProblemService;
import org.frontline.core.domain.itil.ProblemStatus;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.web.audit.AuditEntry;
import org.frontline.web.audit.AuditTrail;
import org.frontline.web.cases.CaseResponse;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** ITIL problems over REST: raise, link incidents, record the known error, resolve (optionally with incidents). */
@Path("/problems")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Problems", description = "ITIL: the underlying cause of incidents, its known error and its fix")
@Allowed(Role.AGENT)
public class ProblemResource {

    @Inject
    ProblemService problems;

    @Inject
    AuditTrail audit;

    @POST
    @Operation(summary = "Raise a problem; it starts OPEN")
    public Response raise(@NotNull @Valid ProblemRequest request, @Context UriInfo uri) {
        Problem problem = problems.raise(request.title(), request.description(), request.resolvedPriority());
        return Created.at(uri, problem.id(), ProblemResponse.from(problem));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one problem")
    public ProblemResponse get(@PathParam("id") long id) {
        return ProblemResponse.from(problems.get(id));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Operation(summary = "List problems, newest first")
    public PageResponse<ProblemResponse> list(
            @Parameter(description = "OPEN, KNOWN_ERROR, RESOLVED or CLOSED") @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageResponse.of(
                problems.list(
                        RequestParameters.enumeration("status", status, ProblemStatus.class),
                        RequestParameters.page(page, size)),
                ProblemResponse::from);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Edit title, description or priority; send the version you last read")
    public ProblemResponse revise(@PathParam("id") long id, @NotNull @Valid ProblemRequest request) {
        return ProblemResponse.from(problems.revise(
                id, request.requiredVersion(), request.title(), request.description(), request.resolvedPriority()));
    }

    @POST
    @Path("{id: [0-9]+}/incidents")
    @Operation(summary = "Link an incident (caseId) to the problem that causes it")
    public CaseResponse linkIncident(@PathParam("id") long id, @NotNull @Valid ProblemActionRequest request) {
        if (request.caseId() == null) {
            throw new InvalidValueException("caseId", "is required: name the incident to link");
        }
        return CaseResponse.from(problems.linkIncident(id, request.caseId()));
    }

    @DELETE
    @Path("{id: [0-9]+}/incidents/{caseId: [0-9]+}")
    @Operation(summary = "Unlink an incident from the problem")
    public CaseResponse unlinkIncident(@PathParam("id") long id, @PathParam("caseId") long caseId) {
        return CaseResponse.from(problems.unlinkIncident(id, caseId));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/incidents")
    @Operation(summary = "The incidents this problem causes, newest first")
    public PageResponse<CaseResponse> incidents(
            @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(problems.incidents(id, RequestParameters.page(page, size)), CaseResponse::from);
    }

    @POST
    @Path("{id: [0-9]+}/known-error")
    @Operation(summary = "Record the root cause and a workaround; the problem becomes a KNOWN_ERROR")
    public ProblemResponse knownError(@PathParam("id") long id, @NotNull @Valid ProblemActionRequest request) {
        return ProblemResponse.from(problems.recordKnownError(id, request.rootCause(), request.workaround()));
    }

    @POST
    @Path("{id: [0-9]+}/resolve")
    @Operation(summary = "The cause is fixed; with resolveIncidents, its open incidents are resolved as FIXED too")
    public ProblemResponse resolve(@PathParam("id") long id, @NotNull @Valid ProblemActionRequest request) {
        return ProblemResponse.from(problems.resolve(id, request.rootCause(), request.resolveIncidents()));
    }

    @POST
    @Path("{id: [0-9]+}/close")
    @Operation(summary = "Close a RESOLVED problem")
    public ProblemResponse close(@PathParam("id") long id) {
        return ProblemResponse.from(problems.close(id));
    }

    @Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/audit")
    @Operation(summary = "Every change to this problem: when, who, and the problem as it was after it")
    public List<AuditEntry<ProblemResponse>> audit(@PathParam("id") long id) {
        problems.get(id);
        return audit.of(Problem.class, id, ProblemResponse::from);
    }
}

package org.frontline.web.cases;

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
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseFilter;
import org.frontline.core.domain.cases.CaseService;
import org.frontline.core.domain.cases.CaseStatus;
import org.frontline.core.domain.cases.CaseType;
import org.frontline.core.domain.cases.FirstContactResolution;
import org.frontline.core.domain.cases.PendingReason;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.cases.ResolutionCode;
import org.frontline.core.domain.contact.ContactService;
import org.frontline.core.domain.itil.ProblemService;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.core.domain.sla.SlaService;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.search.ArticleSearch;
import org.frontline.kb.domain.search.Readers;
import org.frontline.kb.domain.usage.UsageService;
import org.frontline.web.audit.AuditEntry;
import org.frontline.web.audit.AuditTrail;
import org.frontline.web.kb.ArticleHitResponse;
import org.frontline.web.kb.CaseLinkResponse;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/**
 * Cases over REST. Lifecycle changes are explicit actions ({@code POST /api/cases/{id}/resolve} and so on), each
 * checked against the lifecycle and kept in the case's history.
 */
@Path("/cases")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Tickets: NEW → OPEN → PENDING → RESOLVED → CLOSED, with REOPENED")
@Allowed(Role.AGENT)
public class CaseResource {
    private static final int DEFAULT_ARTICLE_SUGGESTIONS = 5;
    private static final int MAX_ARTICLE_SUGGESTIONS = 20;

    @Inject
    CaseService cases;

    @Inject
    AuditTrail audit;

    @Inject
    SlaService slas;

    @Inject
    ProblemService problems;

    @Inject
    ContactService contacts;

    @Inject
    FirstContactResolution firstContactResolution;

    @Inject
    Clock clock;

    @Inject
    ArticleSearch articles;

    @Inject
    UsageService usage;

    @POST
    @Operation(summary = "Raise a case for a customer; it starts NEW at L1")
    public Response raise(@NotNull @Valid CaseRequest request, @Context UriInfo uri) {
        Case raised = cases.raise(request.customerId(), request.toDetails());
        return Created.at(uri, raised.id(), CaseResponse.from(raised));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}")
    @Operation(
            summary = "Read one case; an incident linked to a known error shows its workaround",
            description = "firstContactResolution: resolved with one contact and not reopened within"
                    + " FRONTLINE_FCR_REOPEN_DAYS (default 7) of its resolution; null while undetermined.")
    public CaseResponse get(@PathParam("id") long id) {
        Case c = cases.get(id);
        return CaseResponse.from(
                c,
                c.problemId()
                        .flatMap(problemId -> problems.get(problemId).workaround())
                        .orElse(null),
                contacts.firstContactResolution(id, firstContactResolution, clock.instant())
                        .orElse(null));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Operation(summary = "List cases, newest first; every filter given must hold")
    public PageResponse<CaseResponse> list(
            @Parameter(description = "NEW, OPEN, PENDING, RESOLVED, CLOSED or REOPENED") @QueryParam("status")
                    String status,
            @Parameter(description = "P1 to P4") @QueryParam("priority") String priority,
            @Parameter(description = "QUESTION, SERVICE_REQUEST, INCIDENT or COMPLAINT") @QueryParam("type")
                    String type,
            @Parameter(description = "L1, L2 or L3") @QueryParam("tier") String tier,
            @QueryParam("customerId") String customerId,
            @QueryParam("ownerId") String ownerId,
            @Parameter(description = "incidents linked to this problem") @QueryParam("problemId") String problemId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        CaseFilter filter = new CaseFilter(
                RequestParameters.enumeration("status", status, CaseStatus.class),
                RequestParameters.enumeration("priority", priority, Priority.class),
                RequestParameters.enumeration("type", type, CaseType.class),
                RequestParameters.enumeration("tier", tier, SupportTier.class),
                RequestParameters.id("customerId", customerId),
                RequestParameters.id("ownerId", ownerId),
                RequestParameters.id("problemId", problemId));
        return PageResponse.of(cases.list(filter, RequestParameters.page(page, size)), CaseResponse::from);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Edit subject, description, type or priority; send the version you last read")
    public CaseResponse revise(@PathParam("id") long id, @NotNull @Valid CaseRequest request) {
        return CaseResponse.from(cases.revise(id, request.requiredVersion(), request.toDetails()));
    }

    @POST
    @Path("{id: [0-9]+}/assign")
    @Operation(summary = "Give the case to an agent (agentId); a NEW case becomes OPEN")
    public CaseResponse assign(@PathParam("id") long id, @NotNull @Valid CaseActionRequest request) {
        if (request.agentId() == null) {
            throw new InvalidValueException("agentId", "is required: say who takes the case");
        }
        return CaseResponse.from(cases.assign(id, request.expectedVersion(), request.agentId()));
    }

    @POST
    @Path("{id: [0-9]+}/respond")
    @Operation(summary = "Record that an agent answered the customer; the first answer meets the first-response SLA")
    public CaseResponse respond(@PathParam("id") long id, @Valid CaseActionRequest request) {
        CaseActionRequest body = orEmpty(request);
        return CaseResponse.from(cases.respond(id, body.expectedVersion(), body.note()));
    }

    @POST
    @Path("{id: [0-9]+}/customer-reply")
    @Operation(
            summary = "Record that the customer wrote again",
            description = "After the first response this starts the next-response SLA (from the earliest reply not yet"
                    + " answered); a case PENDING on the customer goes back to OPEN. A RESOLVED case must be reopened.")
    public CaseResponse customerReply(@PathParam("id") long id, @Valid CaseActionRequest request) {
        CaseActionRequest body = orEmpty(request);
        return CaseResponse.from(cases.customerReplied(id, body.expectedVersion(), body.note()));
    }

    @POST
    @Path("{id: [0-9]+}/pend")
    @Operation(summary = "Wait for the customer or a third party (pendingReason); pauses the SLA clock")
    public CaseResponse pend(@PathParam("id") long id, @NotNull @Valid CaseActionRequest request) {
        PendingReason reason = RequestParameters.enumeration(
                        "pendingReason", request.pendingReason(), PendingReason.class)
                .orElseThrow(() -> new InvalidValueException("pendingReason", "is required: CUSTOMER or THIRD_PARTY"));
        return CaseResponse.from(cases.pend(id, request.expectedVersion(), reason, request.note()));
    }

    @POST
    @Path("{id: [0-9]+}/resume")
    @Operation(summary = "Go back to work on a PENDING case")
    public CaseResponse resume(@PathParam("id") long id, @Valid CaseActionRequest request) {
        CaseActionRequest body = orEmpty(request);
        return CaseResponse.from(cases.resume(id, body.expectedVersion(), body.note()));
    }

    @POST
    @Path("{id: [0-9]+}/resolve")
    @Operation(summary = "Resolve the case with a resolutionCode (required) and an optional note")
    public CaseResponse resolve(@PathParam("id") long id, @NotNull @Valid CaseActionRequest request) {
        ResolutionCode code = RequestParameters.enumeration(
                        "resolutionCode", request.resolutionCode(), ResolutionCode.class)
                .orElse(null);
        return CaseResponse.from(cases.resolve(id, request.expectedVersion(), code, request.note()));
    }

    @POST
    @Path("{id: [0-9]+}/close")
    @Operation(summary = "Close a RESOLVED case for good")
    public CaseResponse close(@PathParam("id") long id, @Valid CaseActionRequest request) {
        return CaseResponse.from(cases.close(id, orEmpty(request).expectedVersion()));
    }

    @POST
    @Path("{id: [0-9]+}/reopen")
    @Operation(summary = "Reopen a RESOLVED case (reason required); a CLOSED case cannot be reopened")
    public CaseResponse reopen(@PathParam("id") long id, @NotNull @Valid CaseActionRequest request) {
        return CaseResponse.from(cases.reopen(id, request.expectedVersion(), request.reason()));
    }

    @POST
    @Path("{id: [0-9]+}/escalate")
    @Operation(summary = "Hand the case to the next support tier, L1 → L2 → L3 (reason required)")
    public CaseResponse escalate(@PathParam("id") long id, @NotNull @Valid CaseActionRequest request) {
        return CaseResponse.from(cases.escalate(id, request.expectedVersion(), request.reason()));
    }

    @POST
    @Path("{id: [0-9]+}/deescalate")
    @Operation(summary = "Hand the case back to the tier below (reason required)")
    public CaseResponse deescalate(@PathParam("id") long id, @NotNull @Valid CaseActionRequest request) {
        return CaseResponse.from(cases.deescalate(id, request.expectedVersion(), request.reason()));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/sla")
    @Operation(
            summary = "Where the case stands against its SLA: first response, next response and resolution",
            description = "States: ON_TRACK, WARNING, BREACHED, PAUSED (pending or resolved), MET, MISSED. Durations"
                    + " are ISO-8601 (PT1H30M) in the calendar's working time. nextResponse is absent unless a"
                    + " customer reply waits for an answer.")
    public CaseSlaResponse sla(@PathParam("id") long id) {
        return CaseSlaResponse.from(slas.measure(id));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/article-suggestions")
    @Operation(
            summary = "Published articles most related to this case, for the agent working it",
            description = "Drawn from the case's subject (counted double) and description, in the customer's"
                    + " language when articles exist in it, else in English.")
    public List<ArticleHitResponse> articleSuggestions(
            @PathParam("id") long id,
            @Parameter(description = "1 to 20, default 5") @QueryParam("limit") String limit) {
        int count = RequestParameters.limit(limit, DEFAULT_ARTICLE_SUGGESTIONS, MAX_ARTICLE_SUGGESTIONS);
        Case supportCase = cases.get(id);
        return articles
                .relatedTo(
                        supportCase.details().subject(),
                        supportCase.details().description(),
                        ArticleLanguage.of(supportCase.customer().profile().preferredLanguage()),
                        Readers.AGENTS,
                        count)
                .stream()
                .map(ArticleHitResponse::from)
                .toList();
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/articles")
    @Operation(summary = "The articles linked to this case as having solved it, earliest first")
    public List<CaseLinkResponse> linkedArticles(@PathParam("id") long id) {
        return usage.linksOfCase(id).stream().map(CaseLinkResponse::from).toList();
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/history")
    @Operation(summary = "Every transition of the case, oldest first")
    public List<CaseTransitionResponse> history(@PathParam("id") long id) {
        return cases.history(id).stream().map(CaseTransitionResponse::from).toList();
    }

    /** Actions without parameters may be sent without a body. */
    private static CaseActionRequest orEmpty(CaseActionRequest request) {
        return request == null ? CaseActionRequest.EMPTY : request;
    }

    @Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/audit")
    @Operation(summary = "Every change to this case: when, who, and the case as it was after it")
    public List<AuditEntry<CaseResponse>> audit(@PathParam("id") long id) {
        cases.get(id);
        return audit.of(Case.class, id, CaseResponse::from);
    }
}

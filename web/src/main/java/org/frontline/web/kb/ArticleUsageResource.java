package org.frontline.web.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.kb.domain.usage.UsageService;
import org.frontline.web.audit.CurrentActor;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** What readers do with an article: link it to the case it solved, vote on it, read it. */
@Path("/articles")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge base")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class ArticleUsageResource {

    @Inject
    UsageService usage;

    @Allowed(Role.AGENT)
    @POST
    @Path("{id: [0-9]+}/cases")
    @Operation(
            summary = "Say this article solved a case (caseId)",
            description = "The evidence behind the article's resolution rate and first-contact-resolution lift."
                    + " Linking the same case again keeps the first link.")
    public Response link(@PathParam("id") long id, @NotNull @Valid CaseLinkRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(CaseLinkResponse.from(
                        usage.link(id, request.caseId(), CurrentActor.get().orElse("anonymous"))))
                .build();
    }

    @GET
    @Path("{id: [0-9]+}/cases")
    @Operation(summary = "The cases this article was linked to, latest first")
    public PageResponse<CaseLinkResponse> links(
            @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(usage.links(id, RequestParameters.page(page, size)), CaseLinkResponse::from);
    }

    @Allowed(Role.AGENT)
    @DELETE
    @Path("{id: [0-9]+}/cases/{caseId: [0-9]+}")
    @Operation(summary = "Take back a link made by mistake")
    public Response unlink(@PathParam("id") long id, @PathParam("caseId") long caseId) {
        usage.unlink(id, caseId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]+}/votes")
    @Operation(
            summary = "Was this article helpful? (helpful: true or false)",
            description = "With a voter, that voter's later vote replaces this one; without, each vote counts.")
    public VoteResponse vote(@PathParam("id") long id, @NotNull @Valid VoteRequest request) {
        return VoteResponse.from(usage.vote(id, request.helpful(), Optional.ofNullable(request.voter())));
    }

    @POST
    @Path("{id: [0-9]+}/views")
    @Operation(
            summary = "Count a reading of the article",
            description = "Call when the article is shown; send the searchId of the search it was opened from, so"
                    + " that search counts as clicked (the content-gap report's click-through).")
    public Response view(@PathParam("id") long id, @Valid ViewRequest request) {
        usage.view(id, (request == null ? ViewRequest.DIRECT : request).search());
        return Response.noContent().build();
    }
}

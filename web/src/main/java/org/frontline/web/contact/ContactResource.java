package org.frontline.web.contact;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.contact.Contact;
import org.frontline.core.domain.contact.ContactFilter;
import org.frontline.core.domain.contact.ContactService;
import org.frontline.core.domain.shared.Channel;
import org.frontline.web.audit.AuditEntry;
import org.frontline.web.audit.AuditTrail;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** Contacts over REST: record, read, list by channel, person, case or period, update, and record a survey. */
@Path("/contacts")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Single interactions: calls, emails, chats, web forms")
@Allowed(Role.AGENT)
public class ContactResource {

    @Inject
    ContactService contacts;

    @Inject
    AuditTrail audit;

    @POST
    @Operation(summary = "Record a contact; its timestamps and durations are checked for consistency")
    public Response record(@NotNull @Valid ContactRequest request, @Context UriInfo uri) {
        Contact contact = contacts.record(request.toDetails(), request.toTimeline());
        return Created.at(uri, contact.id(), ContactResponse.from(contact));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one contact")
    public ContactResponse get(@PathParam("id") long id) {
        return ContactResponse.from(contacts.get(id));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Operation(summary = "List contacts, latest arrival first; every filter given must hold")
    public PageResponse<ContactResponse> list(
            @Parameter(description = "PHONE, EMAIL, CHAT or WEB") @QueryParam("channel") String channel,
            @QueryParam("customerId") String customerId,
            @QueryParam("agentId") String agentId,
            @QueryParam("caseId") String caseId,
            @Parameter(description = "arrived at or after, ISO-8601") @QueryParam("from") String from,
            @Parameter(description = "arrived before, ISO-8601") @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ContactFilter filter = new ContactFilter(
                RequestParameters.enumeration("channel", channel, Channel.class),
                RequestParameters.id("customerId", customerId),
                RequestParameters.id("agentId", agentId),
                RequestParameters.id("caseId", caseId),
                RequestParameters.instant("from", from),
                RequestParameters.instant("to", to));
        return PageResponse.of(contacts.list(filter, RequestParameters.page(page, size)), ContactResponse::from);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Replace what is known about a contact; send the version you last read")
    public ContactResponse revise(@PathParam("id") long id, @NotNull @Valid ContactRequest request) {
        return ContactResponse.from(
                contacts.revise(id, request.requiredVersion(), request.toDetails(), request.toTimeline()));
    }

    @POST
    @Path("{id: [0-9]+}/survey")
    @Operation(summary = "Record the customer's survey answers: csat 1–5, effort 1–7")
    public ContactResponse survey(@PathParam("id") long id, @NotNull @Valid SurveyRequest request) {
        return ContactResponse.from(contacts.recordSurvey(id, request.toAnswer()));
    }

    @Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/audit")
    @Operation(summary = "Every change to this contact: when, who, and the contact as it was after it")
    public List<AuditEntry<ContactResponse>> audit(@PathParam("id") long id) {
        contacts.get(id);
        return audit.of(Contact.class, id, ContactResponse::from);
    }
}

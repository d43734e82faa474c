package org.frontline.web.customer;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.contact.ContactService;
import org.frontline.core.domain.customer.Customer;
import org.frontline.core.domain.customer.CustomerService;
import org.frontline.web.audit.AuditEntry;
import org.frontline.web.audit.AuditTrail;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** Customers over REST: register, read, list or search a page, and replace with optimistic locking. */
@Path("/customers")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "The people and organisations the centre serves")
@Allowed(Role.AGENT)
public class CustomerResource {

    @Inject
    CustomerService customers;

    @Inject
    ContactService contacts;

    @Inject
    AuditTrail audit;

    @POST
    @Operation(summary = "Register a customer")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new customer")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    public Response register(@NotNull @Valid CustomerRequest request, @Context UriInfo uri) {
        Customer customer = customers.register(request.toProfile());
        return Created.at(uri, customer.id(), CustomerResponse.from(customer));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one customer, with the number of contacts they have made")
    @APIResponse(responseCode = "404", description = "No such customer")
    public CustomerResponse get(@PathParam("id") long id) {
        return CustomerResponse.from(customers.get(id), contacts.countByCustomer(id));
    }

    @Allowed({Role.AGENT, Role.QA_ANALYST})
    @GET
    @Operation(
            summary = "List or search customers, one page at a time",
            description = "Without q: everyone by name. With q: best matches first; every word must match a word of"
                    + " the name or its beginning (case and accents ignored), or q is the email address.")
    public PageResponse<CustomerResponse> list(
            @Parameter(description = "what the agent typed: part of a name, or an email address") @QueryParam("q")
                    String text,
            @Parameter(description = "zero-based page number, default 0") @QueryParam("page") String page,
            @Parameter(description = "items per page, 1 to 100, default 20") @QueryParam("size") String size) {
        return PageResponse.of(customers.find(text, RequestParameters.page(page, size)), CustomerResponse::from);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(
            summary = "Replace a customer's profile",
            description = "Send the version you last read; if someone changed it since, you get 409.")
    @APIResponse(responseCode = "409", description = "The customer changed since you read it")
    public CustomerResponse revise(@PathParam("id") long id, @NotNull @Valid CustomerRequest request) {
        return CustomerResponse.from(customers.revise(id, request.requiredVersion(), request.toProfile()));
    }

    @Allowed(Role.SUPERVISOR)
    @POST
    @Path("retier")
    @Operation(
            summary = "Give every customer the value tier its annual revenue earns",
            description = "Customers without revenue in the thresholds' currency keep their tier (counted as skipped).")
    public CustomerService.RetierSummary retier(@NotNull @Valid RetierRequest request) {
        return customers.retier(request.toThresholds());
    }

    @Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
    @GET
    @Path("{id: [0-9]+}/audit")
    @Operation(summary = "Every change to this customer: when, who, and the customer as it was after it")
    public List<AuditEntry<CustomerResponse>> audit(@PathParam("id") long id) {
        customers.get(id);
        return audit.of(Customer.class, id, CustomerResponse::from);
    }
}

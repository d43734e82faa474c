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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.sla.BusinessCalendar;
import org.frontline.core.domain.sla.SlaService;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** Business calendars over REST: the working hours and holidays SLA clocks count in. */
@Path("/business-calendars")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SLA", description = "SLA policies per customer tier and priority, and business calendars")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class CalendarResource {

    @Inject
    SlaService slas;

    @Allowed(Role.ADMIN)
    @POST
    @Operation(summary = "Define a business calendar; names are unique")
    public Response define(@NotNull @Valid CalendarRequest request, @Context UriInfo uri) {
        BusinessCalendar calendar =
                slas.defineCalendar(request.name(), request.zone(), request.hours(), request.days());
        return Created.at(uri, calendar.id(), CalendarResponse.from(calendar));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one business calendar")
    public CalendarResponse get(@PathParam("id") long id) {
        return CalendarResponse.from(slas.calendar(id));
    }

    @GET
    @Operation(summary = "List business calendars by name")
    public PageResponse<CalendarResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(slas.calendars(RequestParameters.page(page, size)), CalendarResponse::from);
    }

    @Allowed(Role.ADMIN)
    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Redefine a business calendar; send the version you last read")
    public CalendarResponse redefine(@PathParam("id") long id, @NotNull @Valid CalendarRequest request) {
        return CalendarResponse.from(slas.redefineCalendar(
                id, request.requiredVersion(), request.name(), request.zone(), request.hours(), request.days()));
    }
}

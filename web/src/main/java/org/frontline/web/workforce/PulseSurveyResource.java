package org.frontline.web.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.frontline.core.domain.workforce.PulseSurvey;
import org.frontline.core.domain.workforce.PulseSurveyService;
import org.frontline.core.domain.workforce.TeamPulse;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;
import org.frontline.web.security.CurrentUser;

/** Agents' pulse surveys over REST: open one, take answers, read the results per team. */
@Path("/workforce/pulse-surveys")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workforce", description = "Employee metrics: pulse surveys, turnover, speed to competency")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class PulseSurveyResource {
    @Inject
    CurrentUser me;

    @Inject
    PulseSurveyService surveys;

    @Allowed(Role.SUPERVISOR)
    @POST
    @Operation(summary = "Open a pulse survey: one question, answered 1 to 5 by each agent once while it is open")
    public Response open(@NotNull @Valid PulseSurveyRequest request, @Context UriInfo uri) {
        PulseSurvey survey = surveys.open(
                request.question(),
                RequestParameters.date("opensOn", request.opensOn()).orElseThrow(),
                RequestParameters.date("closesOn", request.closesOn()).orElseThrow());
        return Created.at(uri, survey.id(), PulseSurveyResponse.from(survey));
    }

    @GET
    @Operation(summary = "Pulse surveys, the latest closing first")
    public PageResponse<PulseSurveyResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(surveys.list(RequestParameters.page(page, size)), PulseSurveyResponse::from);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One pulse survey")
    public PulseSurveyResponse get(@PathParam("id") long id) {
        return PulseSurveyResponse.from(surveys.get(id));
    }

    @Allowed(Role.AGENT)
    @POST
    @Path("{id: [0-9]+}/answers")
    @Operation(
            summary = "An agent's answer, 1 to 5: once per agent, while the survey is open (409 for a second one)",
            description = "Answers are only ever shown summed per team, and only for teams with at least 3 answers.")
    public Response answer(@PathParam("id") long id, @NotNull @Valid PulseAnswerRequest request) {
        me.requireSpeaksFor(request.agentId());
        surveys.answer(id, request.agentId(), request.score());
        return Response.noContent().build();
    }

    @Allowed(Role.TEAM_LEAD)
    @GET
    @Path("{id: [0-9]+}/results")
    @Operation(
            summary = "Employee satisfaction per team: response rate, mean score, percent favourable (4 or 5)",
            description = "The whole centre first, then each team. A team with fewer than 3 answers shows its response"
                    + " rate but not its scores (shown: false), so no agent's answer can be told.")
    public List<TeamPulse> results(@PathParam("id") long id) {
        return surveys.results(id);
    }
}

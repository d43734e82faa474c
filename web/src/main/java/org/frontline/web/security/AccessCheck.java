package org.frontline.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.frontline.web.error.Problem;

/** Puts each endpoint's {@link AccessRule} in front of it, so the roles are checked before anything else runs. */
@Provider
public class AccessCheck implements DynamicFeature {
    /** The request property holding the rule of the endpoint that took the request. */
    static final String RULE_PROPERTY = "frontline.accessRule";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        context.register(new RuleFilter(AccessRule.of(resource.getResourceClass(), resource.getResourceMethod())));
    }

    /** Refuses callers the rule does not admit: 401 when nobody logged in, 403 when their roles fall short. */
    @Priority(Priorities.AUTHORIZATION)
    record RuleFilter(AccessRule rule) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(RULE_PROPERTY, rule);
            rule.refusal(request.getSecurityContext())
                    .ifPresent(problem -> request.abortWith(response(request, problem)));
        }

        private static Response response(ContainerRequestContext request, Problem problem) {
            Response.ResponseBuilder response =
                    Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
            if (problem.status() == 401 && Challenge.wanted(request.getHeaderString(Challenge.SCREEN_HEADER))) {
                response.header(Challenge.HEADER, Challenge.VALUE);
            }
            return response.build();
        }
    }
}

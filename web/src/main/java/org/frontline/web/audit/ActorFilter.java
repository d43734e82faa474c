package org.frontline.web.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;

/** Tells the audit trail who sends each request: the authenticated user, or "anonymous" when nobody logged in. */
@Provider
public class ActorFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String ANONYMOUS = "anonymous";

    @Override
    public void filter(ContainerRequestContext request) {
        CurrentActor.set(Optional.ofNullable(request.getSecurityContext().getUserPrincipal())
                .map(Principal::getName)
                .orElse(ANONYMOUS));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CurrentActor.clear();
    }
}

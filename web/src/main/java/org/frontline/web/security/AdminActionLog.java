package org.frontline.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import org.frontline.core.domain.access.AccessRepository;
import org.frontline.core.domain.access.AdminAction;
import org.frontline.web.platform.Transactions;

/**
 * Writes every change asked of an administrators-only endpoint to the admin action log once it is answered, refused
 * or not: who asked, when, what, from which address, and the status they got.
 */
@Provider
public class AdminActionLog implements ContainerResponseFilter {
    @Inject
    AccessRepository repository;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!CsrfCheck.changes(request.getMethod())
                || !(request.getProperty(AccessCheck.RULE_PROPERTY) instanceof AccessRule rule)
                || !rule.adminOnly()) {
            return;
        }
        String actor = Optional.ofNullable(request.getSecurityContext().getUserPrincipal())
                .map(Principal::getName)
                .orElse("anonymous");
        String target = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "")
                + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery())
                        .map(q -> "?" + q)
                        .orElse("");
        AdminAction action = new AdminAction(
                actor,
                clock.instant(),
                request.getMethod(),
                target,
                response.getStatus(),
                servletRequest.getRemoteAddr());
        transactions.run(() -> {
            repository.record(action);
            return null;
        });
    }
}

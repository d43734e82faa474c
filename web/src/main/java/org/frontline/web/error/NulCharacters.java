package org.frontline.web.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a NUL character ({@code %00}) in the query: no text of ours holds one, and PostgreSQL cannot store or compare
 * one, so it would fail as a server error instead of the client's.
 */
@Provider
@PreMatching
public class NulCharacters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String query;
        try {
            query = request.getUriInfo().getRequestUri().getRawQuery();
        } catch (RuntimeException unreadable) {
            return; // an address JAX-RS cannot parse is answered as malformed further on
        }
        if (query != null && query.contains("%00")) {
            request.abortWith(Problem.of(
                            Response.Status.BAD_REQUEST,
                            "validation",
                            "The query must not contain a NUL character (%00)")
                    .toResponse());
        }
    }
}

package org.frontline.web.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a NUL character in a query parameter: no text of ours holds one, and PostgreSQL cannot store or compare
 * one, so it would fail as a server error instead of the client's.
 */
@Provider
@PreMatching
public class NulCharacters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                throw new WebApplicationException(Problem.of(
                                Response.Status.BAD_REQUEST,
                                "validation",
                                parameter.getKey() + ": must not contain a NUL character (%00)")
                        .toResponse());
            }
        }
    }
}

package org.frontline.web.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The 201 answer to a POST that created something: its address in Location, its representation in the body. */
public final class Created {
    private Created() {}

    public static Response at(UriInfo uri, long id, Object body) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(body)
                .build();
    }
}

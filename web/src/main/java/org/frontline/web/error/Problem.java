package org.frontline.web.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail: what went wrong, in words a person can act on, with the offending
 * fields for validation errors ({@code errors} is left out when there are none).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://frontline.org/problems/";

    /** One rejected field of a request. */
    public record FieldError(String field, String message) {}

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** Builds the problem for a status; {@code kind} names the problem type, e.g. "not-found". */
    public static Problem of(Response.StatusType status, String kind, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), kind, detail);
    }

    public static Problem of(int status, String title, String kind, String detail) {
        return new Problem(URI.create(TYPE_BASE + kind), title, status, detail, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}

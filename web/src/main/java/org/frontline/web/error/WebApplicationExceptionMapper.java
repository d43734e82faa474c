package org.frontline.web.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the JAX-RS runtime's own errors (unknown path, wrong method, unreadable body) the same
 * problem shape as ours.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        return StatusProblems.of(status, status == 400 ? readableCause(exception) : "")
                .toResponse();
    }

    /** The innermost message (a JSON parser says where the body broke), without class names. */
    private static String readableCause(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == exception
                ? "the body is not valid JSON for this resource"
                : BodyReadMessage.of(cause.getMessage());
    }
}

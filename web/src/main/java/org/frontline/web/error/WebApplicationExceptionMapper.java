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
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 400 -> "The request could not be read: " + readableCause(exception);
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not accept that HTTP method";
            case 406 -> "This address cannot answer in the media type you asked for";
            case 415 -> "Send the request body as application/json";
            default -> status.getReasonPhrase();
        };
        return Problem.of(status, kind(status.getStatusCode()), detail).toResponse();
    }

    private static String kind(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            default -> "http-" + status;
        };
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

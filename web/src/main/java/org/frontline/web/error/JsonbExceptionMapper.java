package org.frontline.web.error;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Reports a request body that is not valid JSON for its resource as 400, saying where it broke. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
    private static final String PARSER_PREFIX = "Internal error: ";

    @Override
    public Response toResponse(JsonbException exception) {
        String message = String.valueOf(exception.getMessage());
        if (message.startsWith(PARSER_PREFIX)) {
            message = message.substring(PARSER_PREFIX.length());
        }
        return Problem.of(
                        Response.Status.BAD_REQUEST,
                        "malformed-request",
                        "The request body could not be read: " + message)
                .toResponse();
    }
}

package org.frontline.web.error;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Reports a request body that is not valid JSON for its resource as 400, saying where it broke. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return Problem.of(
                        Response.Status.BAD_REQUEST,
                        "malformed-request",
                        "The request body could not be read: " + BodyReadMessage.of(exception.getMessage()))
                .toResponse();
    }
}

package org.frontline.web.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Reports a field the API could not interpret as 400, in the same shape as validation errors. */
@Provider
public class InvalidFieldMapper implements ExceptionMapper<InvalidFieldException> {

    @Override
    public Response toResponse(InvalidFieldException exception) {
        return Problem.of(Response.Status.BAD_REQUEST, "validation", exception.field() + ": " + exception.getMessage())
                .withErrors(List.of(new Problem.FieldError(exception.field(), exception.getMessage())))
                .toResponse();
    }
}

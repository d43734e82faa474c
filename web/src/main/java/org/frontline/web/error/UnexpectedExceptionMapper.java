package org.frontline.web.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort for a bug: logs the stack trace under a reference the client sees, and never
 * sends the trace itself.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, exception);
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "unexpected",
                        "Something went wrong on our side; tell your administrator the reference " + reference)
                .toResponse();
    }
}

package org.frontline.web.error;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Reports a write that raced with another writer as 409, so the client reloads instead of losing data. */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return Problem.of(
                        Response.Status.CONFLICT,
                        "stale-version",
                        "Someone else changed this record at the same moment; reload it and apply your change"
                                + " again")
                .toResponse();
    }
}

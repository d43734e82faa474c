package org.frontline.web.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.frontline.core.domain.shared.DomainException;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;

/** Maps the domain's expected business outcomes to HTTP statuses. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        Problem problem = switch (exception) {
            case NotFoundException e -> Problem.of(Response.Status.NOT_FOUND, "not-found", e.getMessage());
            case StaleVersionException e -> Problem.of(Response.Status.CONFLICT, "stale-version", e.getMessage());
            case DuplicateException e -> Problem.of(Response.Status.CONFLICT, "duplicate", e.getMessage());
            case InvalidTransitionException e ->
                Problem.of(Response.Status.CONFLICT, "invalid-transition", e.getMessage())
                        .withErrors(List.of(new Problem.FieldError("status", e.getMessage())));
            case InvalidValueException e ->
                Problem.of(Response.Status.BAD_REQUEST, "validation", e.field() + ": " + e.getMessage())
                        .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())));
            default -> Problem.of(422, "Unprocessable Content", "business-rule", exception.getMessage());
        };
        return problem.toResponse();
    }
}

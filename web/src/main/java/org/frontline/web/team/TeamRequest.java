package org.frontline.web.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.team.ServiceFunction;
import org.frontline.web.platform.RequestParameters;

/** A team as a client sends it; {@code version} is required to update. */
public record TeamRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull String serviceFunction,
        @PositiveOrZero Long version) {

    ServiceFunction function() {
        return RequestParameters.enumeration("serviceFunction", serviceFunction, ServiceFunction.class)
                .orElseThrow(() -> new InvalidValueException("serviceFunction", "is required"));
    }

    long requiredVersion() {
        return RequestParameters.requiredVersion(version);
    }
}

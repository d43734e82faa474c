package org.frontline.web.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** An account's new details, based on the version the administrator read (a stale one is refused with 409). */
public record UserUpdateRequest(
        @NotNull Long version,
        @NotBlank String displayName,
        List<String> roles,
        Long agentId,
        @NotNull Boolean enabled) {}

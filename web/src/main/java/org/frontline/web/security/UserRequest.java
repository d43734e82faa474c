package org.frontline.web.security;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** A new account: username, display name, first password, roles, and the agent it works as (optional). */
public record UserRequest(
        @NotBlank String username,
        @NotBlank String displayName,
        @NotBlank String password,
        List<String> roles,
        Long agentId,
        Boolean enabled) {}

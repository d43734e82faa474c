package org.frontline.web.security;

import jakarta.validation.constraints.NotBlank;

/** A user's own password change: the current password proves it is them. */
public record PasswordChangeRequest(
        @NotBlank String currentPassword, @NotBlank String newPassword) {}

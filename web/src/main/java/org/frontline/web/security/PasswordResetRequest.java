package org.frontline.web.security;

import jakarta.validation.constraints.NotBlank;

/** The new password an administrator sets for an account. */
public record PasswordResetRequest(@NotBlank String password) {}

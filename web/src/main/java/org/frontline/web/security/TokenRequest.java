package org.frontline.web.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An API token to make: what it is for, and for how many days it works (1 to 366). */
public record TokenRequest(@NotBlank String name, @NotNull Integer days) {}

package org.frontline.web.simulation;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * A group of identical simulated agents: how many, their tier, skills and languages (1 to 5), contacts they take at
 * once per channel, and their shift as local times of the simulated day ("08:00" to "16:30").
 */
public record StaffPayload(
        @NotNull Integer count,
        String tier,
        Map<String, Integer> skills,
        Map<String, Integer> languages,
        Map<String, Integer> channels,
        @NotNull String start,
        @NotNull String end) {}

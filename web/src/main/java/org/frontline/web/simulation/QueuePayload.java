package org.frontline.web.simulation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.frontline.web.routing.StepPayload;

/** A queue's rules for a simulation only: nothing is stored. */
public record QueuePayload(@NotNull String name, Map<String, Integer> skills, List<@Valid StepPayload> steps) {}

package org.frontline.web.simulation;

import jakarta.validation.Valid;
import java.util.List;

/** The variant to compare: other staff (replacing all of it) and/or other rules for some queues (by name). */
public record WhatIfPayload(List<@Valid StaffPayload> staff, List<@Valid QueuePayload> queues) {}

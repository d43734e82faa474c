package org.frontline.qualityaudit.competency;

import java.time.LocalDate;
import java.util.Optional;

/** An agent hired in the period looked at, with their team (now, or when they left). */
public record NewHire(
        long agentId, String name, long teamId, String teamName, LocalDate hired, Optional<LocalDate> leftOn) {}

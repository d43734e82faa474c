package org.frontline.core.domain.sla;

import java.time.Instant;
import java.util.Optional;

/** Which SLA events to list; every criterion given must hold; {@code since} compares with the time recorded. */
public record SlaEventFilter(
        Optional<Long> caseId, Optional<SlaTarget> target, Optional<SlaEventKind> kind, Optional<Instant> since) {}

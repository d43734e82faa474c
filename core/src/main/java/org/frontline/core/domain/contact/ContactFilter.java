package org.frontline.core.domain.contact;

import java.time.Instant;
import java.util.Optional;
import org.frontline.core.domain.shared.Channel;

/** Which contacts to list; every criterion given must hold; arrivals in [from, to). */
public record ContactFilter(
        Optional<Channel> channel,
        Optional<Long> customerId,
        Optional<Long> agentId,
        Optional<Long> caseId,
        Optional<Instant> from,
        Optional<Instant> to) {}

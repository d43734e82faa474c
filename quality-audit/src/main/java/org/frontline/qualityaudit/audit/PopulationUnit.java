package org.frontline.qualityaudit.audit;

import java.util.Optional;
import org.frontline.core.domain.shared.Channel;

/** One contact of a population, with what strata and assignment need to know of it. */
public record PopulationUnit(long contactId, long agentId, Optional<Long> teamId, Channel channel) {}

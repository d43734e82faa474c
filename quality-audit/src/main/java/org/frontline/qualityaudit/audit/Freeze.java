package org.frontline.qualityaudit.audit;

import java.time.Instant;

/**
 * Where a drawn population was frozen: the last contact recorded, and the moment of the draw (reviews started after it
 * do not count as "reviewed already"), so the same query finds the same contacts later.
 */
public record Freeze(long throughContactId, Instant at) {}

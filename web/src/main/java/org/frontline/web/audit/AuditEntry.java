package org.frontline.web.audit;

import java.time.Instant;

/**
 * One revision of an entity: when, who, what kind of change (ADD, MOD, DEL), and the entity as it was after it.
 *
 * @param state the entity at this revision, in the same shape its resource returns
 */
public record AuditEntry<T>(long revision, Instant at, String actor, String change, T state) {}

package org.frontline.core.domain.contact;

import java.time.Instant;

/**
 * What one inbound contact asked of the centre, as forecasting reads history: when it arrived, whether an agent
 * answered it, and how long it took them (talk + hold + wrap-up).
 */
public record InboundWork(Instant arrivedAt, boolean answered, long handleSeconds) {}

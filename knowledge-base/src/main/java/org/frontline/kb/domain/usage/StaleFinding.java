package org.frontline.kb.domain.usage;

/** One reason an article is stale, with the figures that show it. */
public record StaleFinding(StaleReason reason, String detail) {}

package org.frontline.kb.domain.usage;

/** An article's helpful votes before a moment and since it, to see helpfulness falling. */
public record VoteTrend(long articleId, Share before, Share recent) {}

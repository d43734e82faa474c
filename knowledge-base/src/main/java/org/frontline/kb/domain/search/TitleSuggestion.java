package org.frontline.kb.domain.search;

/** A published article whose title starts like what the agent is typing. */
public record TitleSuggestion(long id, String title) {}

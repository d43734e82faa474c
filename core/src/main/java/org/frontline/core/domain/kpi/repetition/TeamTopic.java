package org.frontline.core.domain.kpi.repetition;

/** A team (its id; null for contacts no team took) and a topic (a contact reason code; null when none was given). */
public record TeamTopic(String team, String topic) {}

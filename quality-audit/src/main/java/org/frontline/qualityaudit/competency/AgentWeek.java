package org.frontline.qualityaudit.competency;

/**
 * One week of a new agent's work, counted from their hire date (week 0 is their first seven days): the contacts they
 * handled and their handle time, and the submitted reviews of those contacts with their total scores.
 */
public record AgentWeek(long agentId, int week, long handled, long handleSeconds, long reviews, double scoreSum) {}

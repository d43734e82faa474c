package org.frontline.qualityaudit.operations;

/** Whose figures a quality-and-operations table lines up: each agent's, or each team's. */
public enum GroupBy {
    AGENT,
    TEAM
}

package org.frontline.qualityaudit.audit;

/** A QA analyst who can take audit reviews, and their team (for audits that keep analysts off their own team). */
public record Analyst(long id, long teamId) {}

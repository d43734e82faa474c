package org.frontline.kb.domain.article;

/** Who may read an article: agents only, or customers too. */
public enum Audience {
    /** Agents only: internal procedures, escalation paths. */
    INTERNAL,
    /** Anyone, customers included. */
    PUBLIC
}

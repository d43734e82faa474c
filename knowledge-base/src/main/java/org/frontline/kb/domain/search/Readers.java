package org.frontline.kb.domain.search;

/** Who is searching, which decides the articles they may see. */
public enum Readers {
    /** Agents see internal and public articles. */
    AGENTS,
    /** Customers see public articles only. */
    CUSTOMERS
}

package org.frontline.kb.domain.article;

/** How an article's body is written. */
public enum BodyFormat {
    /** CommonMark; raw HTML in it is shown as text, never rendered. */
    MARKDOWN,
    /** HTML, sanitised on save to a safe set of elements and attributes. */
    HTML
}

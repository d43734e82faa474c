package org.frontline.kb.domain.article;

/** Where an article is in its life: written as a DRAFT, PUBLISHED for readers, ARCHIVED when no longer true. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}

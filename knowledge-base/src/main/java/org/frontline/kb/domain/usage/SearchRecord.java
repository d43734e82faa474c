package org.frontline.kb.domain.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.search.Readers;

/**
 * A search someone ran, with how many articles it found. Its topic is the query reduced to what it asks for (words
 * stemmed, folded and sorted), so "printers offline" and "printer is offline" count as one need in the content-gap
 * report.
 */
@Entity
@Table(name = "article_search")
public class SearchRecord {
    public static final int MAX_TEXT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_search_seq")
    @SequenceGenerator(name = "article_search_seq", sequenceName = "article_search_seq", allocationSize = 50)
    private Long id;

    @Column(name = "searched_at", nullable = false)
    private Instant searchedAt;

    @Column(nullable = false, length = MAX_TEXT)
    private String query;

    @Column(nullable = false, length = MAX_TEXT)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private ArticleLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private Readers readers;

    @Column(nullable = false)
    private long hits;

    /** For Jakarta Persistence only. */
    protected SearchRecord() {}

    public SearchRecord(
            String query,
            String topic,
            Optional<ArticleLanguage> language,
            Readers readers,
            long hits,
            Instant searchedAt) {
        this.query = cut(Objects.requireNonNull(query, "query"));
        this.topic = cut(Objects.requireNonNull(topic, "topic"));
        this.language = language.orElse(null);
        this.readers = Objects.requireNonNull(readers, "readers");
        if (hits < 0) {
            throw new IllegalArgumentException("hits must be >= 0, got " + hits);
        }
        this.hits = hits;
        this.searchedAt = Objects.requireNonNull(searchedAt, "searchedAt");
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    public Long id() {
        return id;
    }

    public String query() {
        return query;
    }

    public String topic() {
        return topic;
    }

    public Optional<ArticleLanguage> language() {
        return Optional.ofNullable(language);
    }

    public Readers readers() {
        return readers;
    }

    public long hits() {
        return hits;
    }

    public Instant searchedAt() {
        return searchedAt;
    }
}

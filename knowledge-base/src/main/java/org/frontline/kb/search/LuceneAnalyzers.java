package org.frontline.kb.search;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;

/**
 * The knowledge base's analyzers as the Lucene backend built them from {@link KbAnalysis}, and the terms they make of a
 * text; on another backend (Elasticsearch) there are none, and callers fall back to what they can do without.
 */
final class LuceneAnalyzers {
    private final EntityManager em;

    LuceneAnalyzers(EntityManager em) {
        this.em = em;
    }

    /** Whether the backend is Lucene, whose analyzers and index readers are at hand. */
    boolean available() {
        try {
            backend();
            return true;
        } catch (SearchException notLucene) {
            return false;
        }
    }

    Analyzer named(String name) {
        return backend().analyzer(name).orElseThrow(() -> new IllegalStateException("no analyzer " + name));
    }

    private LuceneBackend backend() {
        return Search.mapping(em.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class);
    }

    /** The distinct terms the analyzer makes of the text for that field, in order, at most {@code max}. */
    static Set<String> terms(Analyzer analyzer, String field, String text, int max) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < max) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse " + field + " text", e);
        }
        return terms;
    }
}

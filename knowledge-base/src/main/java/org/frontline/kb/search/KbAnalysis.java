package org.frontline.kb.search;

import org.frontline.kb.domain.article.ArticleLanguage;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the article index: one per language (its stop words and a light stemmer, then accents folded, so
 * "factures" finds "facture" and "Rückerstattung" finds "ruckerstattung"), one that keeps words whole for spelling
 * suggestions, and one that indexes title prefixes for suggest-as-you-type.
 */
public class KbAnalysis implements LuceneAnalysisConfigurer {
    /** Whole words, lower-cased and folded, never stemmed: the vocabulary "did you mean" draws on. */
    public static final String SPELLING = "kb_spelling";
    /** Case text in any language: whole words, folded, with the stop words of all four languages dropped. */
    public static final String CASE_TEXT = "kb_case_text";
    /** Every prefix of every title word, for suggest-as-you-type; queried with {@link #SPELLING}. */
    public static final String TITLE_PREFIXES = "kb_title_prefixes";

    private static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/%s_stop.txt";
    private static final String ALL_STOP_WORDS = String.join(
            ",",
            STOP_WORDS.formatted("english"),
            STOP_WORDS.formatted("french"),
            STOP_WORDS.formatted("german"),
            STOP_WORDS.formatted("spanish"));
    private static final String ENGLISH_SYNONYMS = "org/frontline/kb/search/synonyms-en.txt";
    private static final String ENGLISH_QUERY = "kb_en_query";

    /** The analyzer of article text in that language. */
    public static String text(ArticleLanguage language) {
        return "kb_" + language.code();
    }

    /** The analyzer of queries against that language's text: English also expands synonyms ("money back", refund). */
    public static String query(ArticleLanguage language) {
        return language == ArticleLanguage.EN ? ENGLISH_QUERY : text(language);
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(text(ArticleLanguage.EN))
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", STOP_WORDS.formatted("english"))
                .param("format", "snowball")
                .tokenFilter("porterStem")
                .tokenFilter("asciiFolding");
        context.analyzer(ENGLISH_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("synonymGraph")
                .param("synonyms", ENGLISH_SYNONYMS)
                .param("expand", "true")
                .tokenFilter("stop")
                .param("words", STOP_WORDS.formatted("english"))
                .param("format", "snowball")
                .tokenFilter("porterStem")
                .tokenFilter("asciiFolding");
        context.analyzer(text(ArticleLanguage.FR))
                .custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", STOP_WORDS.formatted("french"))
                .param("format", "snowball")
                .tokenFilter("frenchLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer(text(ArticleLanguage.DE))
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", STOP_WORDS.formatted("german"))
                .param("format", "snowball")
                .tokenFilter("germanNormalization")
                .tokenFilter("germanLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer(text(ArticleLanguage.ES))
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", STOP_WORDS.formatted("spanish"))
                .param("format", "snowball")
                .tokenFilter("spanishLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer(SPELLING)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(CASE_TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", ALL_STOP_WORDS)
                .param("format", "snowball")
                .tokenFilter("asciiFolding");
        context.analyzer(TITLE_PREFIXES)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "1")
                .param("maxGramSize", "20");
    }
}

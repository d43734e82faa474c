package org.frontline.web.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Names the analyzers the index mapping refers to, so people's names match whatever the case and accents an agent
 * types, and a prefix matches while they are still typing.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {
    /** Words, lower-cased and with accents folded: "Zoë" matches "zoe". */
    public static final String NAME = "name";
    /** Every prefix of every word of a name, for matching as the agent types; searched with {@link #NAME}. */
    public static final String NAME_PREFIXES = "name_prefixes";
    /** A whole value, lower-cased and folded, for exact matches such as email addresses. */
    public static final String EXACT = "exact";

    private static final String MAX_PREFIX_LENGTH = "20";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(NAME)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(NAME_PREFIXES)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "1")
                .param("maxGramSize", MAX_PREFIX_LENGTH);
        context.normalizer(EXACT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}

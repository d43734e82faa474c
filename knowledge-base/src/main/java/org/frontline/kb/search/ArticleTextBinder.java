package org.frontline.kb.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontline.kb.domain.article.Article;
import org.frontline.kb.domain.article.ArticleBodies;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes an article's title, summary and body (as plain text) into the fields of its own language, each analysed with
 * that language's analyzer, and all of its words, unstemmed, into the spelling field.
 */
class ArticleTextBinder implements TypeBinder {

    /** The three text fields of one language. */
    private record LanguageFields(
            IndexFieldReference<String> title, IndexFieldReference<String> summary, IndexFieldReference<String> body) {}

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("title")
                .use("summary")
                .use("body")
                .use("bodyFormat")
                .use("language");
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<ArticleLanguage, LanguageFields> fields = new EnumMap<>(ArticleLanguage.class);
        for (ArticleLanguage language : ArticleLanguage.values()) {
            fields.put(
                    language,
                    new LanguageFields(
                            text(schema, ArticleIndex.title(language), language, TermVector.NO),
                            text(schema, ArticleIndex.summary(language), language, TermVector.NO),
                            text(schema, ArticleIndex.body(language), language, TermVector.WITH_POSITIONS_OFFSETS)));
        }
        IndexFieldReference<String> spelling = schema.field(
                        ArticleIndex.SPELLING, f -> f.asString().analyzer(KbAnalysis.SPELLING))
                .multiValued()
                .toReference();
        context.bridge(Article.class, new Bridge(fields, spelling));
    }

    /**
     * A text field of one language; bodies, which snippets are cut from, keep term vectors with offsets so the
     * highlighter reads where the words are instead of analysing each hit's body again.
     */
    private static IndexFieldReference<String> text(
            IndexSchemaElement schema, String name, ArticleLanguage language, TermVector termVector) {
        return schema.field(
                        name,
                        f -> f.asString()
                                .analyzer(KbAnalysis.text(language))
                                .searchAnalyzer(KbAnalysis.query(language))
                                .projectable(Projectable.YES)
                                .highlightable(List.of(Highlightable.UNIFIED))
                                .termVector(termVector))
                .toReference();
    }

    /** Writes one article's text. */
    private record Bridge(Map<ArticleLanguage, LanguageFields> fields, IndexFieldReference<String> spelling)
            implements TypeBridge<Article> {

        @Override
        public void write(DocumentElement target, Article article, TypeBridgeWriteContext context) {
            LanguageFields own = fields.get(article.language());
            String body = ArticleBodies.text(article.bodyFormat(), article.body());
            target.addValue(own.title(), article.title());
            target.addValue(own.summary(), article.summary());
            target.addValue(own.body(), body);
            target.addValue(spelling, article.title());
            target.addValue(spelling, article.summary());
            target.addValue(spelling, body);
        }
    }
}

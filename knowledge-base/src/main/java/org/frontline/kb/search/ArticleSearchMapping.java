package org.frontline.kb.search;

import org.frontline.kb.domain.article.Article;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/** Maps articles to the index without annotations, so the domain classes carry no search code. */
public class ArticleSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep article = context.programmaticMapping().type(Article.class);
        article.indexed();
        article.binder(new ArticleTextBinder());
        article.property("id").genericField(ArticleIndex.ID).projectable(Projectable.YES);
        article.property("title")
                .fullTextField(ArticleIndex.TITLE_PREFIXES)
                .analyzer(KbAnalysis.TITLE_PREFIXES)
                .searchAnalyzer(KbAnalysis.SPELLING)
                .genericField(ArticleIndex.TITLE_DISPLAY)
                .searchable(Searchable.NO)
                .projectable(Projectable.YES);
        article.property("summary")
                .genericField(ArticleIndex.SUMMARY_DISPLAY)
                .searchable(Searchable.NO)
                .projectable(Projectable.YES);
        article.property("language")
                .keywordField(ArticleIndex.LANGUAGE)
                .aggregable(Aggregable.YES)
                .projectable(Projectable.YES);
        article.property("product")
                .keywordField(ArticleIndex.PRODUCT)
                .aggregable(Aggregable.YES)
                .projectable(Projectable.YES);
        article.property("category").keywordField(ArticleIndex.CATEGORY).aggregable(Aggregable.YES);
        article.property("tags")
                .keywordField(ArticleIndex.TAGS)
                .aggregable(Aggregable.YES)
                .projectable(Projectable.YES)
                .fullTextField(ArticleIndex.TAGS_TEXT)
                .analyzer(KbAnalysis.SPELLING);
        article.property("audience")
                .keywordField(ArticleIndex.AUDIENCE)
                .aggregable(Aggregable.YES)
                .projectable(Projectable.YES);
        article.property("status").keywordField(ArticleIndex.STATUS);
        article.property("updatedAt").genericField(ArticleIndex.UPDATED_AT).sortable(Sortable.YES);
    }
}

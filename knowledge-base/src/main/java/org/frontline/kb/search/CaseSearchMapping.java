package org.frontline.kb.search;

import org.frontline.core.domain.cases.Case;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Indexes what cases are about (subject and description), so the knowledge base can find the cases most like an
 * article: the comparison group of its first-contact-resolution lift. Whole words, folded and unstemmed, without the
 * stop words of any of the four languages, as cases come in every language.
 */
public class CaseSearchMapping implements HibernateOrmSearchMappingConfigurer {
    static final String SUBJECT = "subject";
    static final String DESCRIPTION = "description";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var supportCase = context.programmaticMapping().type(Case.class);
        supportCase.indexed();
        supportCase.property("subject").fullTextField(SUBJECT).analyzer(KbAnalysis.CASE_TEXT);
        supportCase.property("description").fullTextField(DESCRIPTION).analyzer(KbAnalysis.CASE_TEXT);
    }
}

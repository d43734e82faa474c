package org.frontline.web.search;

import org.frontline.core.domain.customer.Customer;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/** Maps the customer entity to the index without annotations, since core carries no search code. */
public class CustomerSearchMapping implements HibernateOrmSearchMappingConfigurer {
    static final String NAME = "name";
    static final String NAME_PREFIXES = "name_prefixes";
    static final String EMAIL = "email";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep customer = context.programmaticMapping().type(Customer.class);
        customer.indexed();
        customer.property("name")
                .fullTextField(NAME)
                .analyzer(SearchAnalysis.NAME)
                .fullTextField(NAME_PREFIXES)
                .analyzer(SearchAnalysis.NAME_PREFIXES)
                .searchAnalyzer(SearchAnalysis.NAME);
        customer.property("email").keywordField(EMAIL).normalizer(SearchAnalysis.EXACT);
    }
}

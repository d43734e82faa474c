package org.frontline.web.search;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.frontline.core.domain.customer.Customer;
import org.frontline.core.domain.customer.CustomerSearch;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Customer search on the Lucene index: every word typed must match a word of the name or its beginning, or the whole
 * text must be the email address.
 */
public class HibernateCustomerSearch implements CustomerSearch {
    private final EntityManager em;

    public HibernateCustomerSearch(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Page<Customer> find(String text, PageRequest request) {
        SearchResult<Customer> result = Search.session(em)
                .search(Customer.class)
                .where(f -> f.bool()
                        .should(f.simpleQueryString()
                                .field(CustomerSearchMapping.NAME)
                                .boost(2)
                                .field(CustomerSearchMapping.NAME_PREFIXES)
                                .matching(text)
                                .defaultOperator(BooleanOperator.AND))
                        .should(f.match().field(CustomerSearchMapping.EMAIL).matching(text)))
                .fetch(request.offset(), request.size());
        return Page.of(result.hits(), request, result.total().hitCount());
    }
}

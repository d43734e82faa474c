package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The where-clause of a filtered list, made of the criteria that were actually given. */
public final class QueryConditions {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code clause}, which names {@code :parameter}, when the value is present. */
    public QueryConditions and(Optional<?> value, String clause, String parameter) {
        value.ifPresent(v -> {
            clauses.add(clause);
            parameters.put(parameter, v);
        });
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}

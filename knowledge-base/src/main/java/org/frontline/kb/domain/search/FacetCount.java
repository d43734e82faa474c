package org.frontline.kb.domain.search;

/** How many of the matching articles have one value of a facet, such as product "Router X2": 12. */
public record FacetCount(String value, long count) {}

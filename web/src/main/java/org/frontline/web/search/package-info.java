/**
 * Hibernate Search over the Lucene backend: analyzers, the index mapping of core entities, index upkeep at start-up and
 * rebuilds on request.
 */
package org.frontline.web.search;

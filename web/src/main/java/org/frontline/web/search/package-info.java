/** Hibernate Search over the Lucene backend: analyzers, the index mapping of core entities, and index upkeep. */
package org.frontline.web.search;

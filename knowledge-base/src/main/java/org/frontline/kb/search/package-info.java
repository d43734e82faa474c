/** Article search on Hibernate Search (Lucene locally, Elasticsearch/OpenSearch by configuration): analysis, mapping, queries. */
package org.frontline.kb.search;

/**
 * How articles are used and whether they work: the cases they solved, readers' votes, views, the searches run, and the
 * reports drawn from them (effectiveness per article, content gaps, stale articles).
 */
package org.frontline.kb.domain.usage;

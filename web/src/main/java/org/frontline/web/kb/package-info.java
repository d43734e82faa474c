/** The knowledge base over REST: articles, their versions, search, suggestions. */
package org.frontline.web.kb;

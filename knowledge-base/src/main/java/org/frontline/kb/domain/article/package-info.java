/** Articles: content in one language, its lifecycle (draft, published, archived) and every version it had. */
package org.frontline.kb.domain.article;

/** What finding articles means to the rest of Frontline, independent of the engine behind it. */
package org.frontline.kb.domain.search;

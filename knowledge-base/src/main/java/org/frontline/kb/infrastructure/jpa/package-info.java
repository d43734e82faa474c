/** Articles and their versions stored through Jakarta Persistence. */
package org.frontline.kb.infrastructure.jpa;

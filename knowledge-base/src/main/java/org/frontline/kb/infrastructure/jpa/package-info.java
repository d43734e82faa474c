/** Articles, their versions and their usage stored through Jakarta Persistence; case outcomes read from core's tables. */
package org.frontline.kb.infrastructure.jpa;

/** Quality-audit repositories on Jakarta Persistence. */
package org.frontline.qualityaudit.infrastructure.jpa;

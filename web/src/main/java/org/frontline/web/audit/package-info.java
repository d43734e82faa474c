/** The audit trail: Envers revisions stamped with who made them, and reading an entity's history. */
package org.frontline.web.audit;

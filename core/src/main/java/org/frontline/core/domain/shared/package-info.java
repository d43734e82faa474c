/** Building blocks every aggregate shares: money, paging and the domain's exception hierarchy. */
package org.frontline.core.domain.shared;

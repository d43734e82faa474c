/** ITIL problem management: the underlying cause of many incidents, its root cause, workaround and resolution. */
package org.frontline.core.domain.itil;

/** Contacts: single interactions on a channel, with their timestamps, handling times and survey answers. */
package org.frontline.core.domain.contact;

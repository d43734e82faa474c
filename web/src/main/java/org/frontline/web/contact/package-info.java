/** REST resource for contacts and their survey answers. */
package org.frontline.web.contact;

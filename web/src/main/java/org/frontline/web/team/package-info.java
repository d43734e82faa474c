/** REST resource and request/response shapes for teams. */
package org.frontline.web.team;

/** REST resource and request/response shapes for agents and their status log. */
package org.frontline.web.agent;

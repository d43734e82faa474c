/** MicroProfile Health checks that tell a load balancer whether this node can serve. */
package org.frontline.web.health;

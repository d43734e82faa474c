/** The routing desk's repository on Jakarta Persistence. */
package org.frontline.routing.infrastructure.jpa;

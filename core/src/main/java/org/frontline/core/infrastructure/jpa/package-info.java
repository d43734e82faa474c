/** Repository implementations over a Jakarta Persistence {@code EntityManager} handed in by the container layer. */
package org.frontline.core.infrastructure.jpa;

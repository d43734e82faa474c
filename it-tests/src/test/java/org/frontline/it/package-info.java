/** Integration tests: the real WAR deployed by Arquillian to a managed Open Liberty, called over HTTP. */
package org.frontline.it;

/** The Jakarta EE layer: the REST application and everything that knows about the container. */
package org.frontline.web;

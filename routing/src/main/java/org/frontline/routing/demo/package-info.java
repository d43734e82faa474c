/** The demo centre's routing queues, for the embedded default. */
package org.frontline.routing.demo;

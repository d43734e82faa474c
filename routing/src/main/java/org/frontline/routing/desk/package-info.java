/**
 * The routing desk: what the engine decides, kept in the database (contacts in routing, the decision log, the queues
 * and their widening rules), and the service that drives the engine from requests, rebuilding it from the database
 * at start-up or whenever a write fails.
 */
package org.frontline.routing.desk;

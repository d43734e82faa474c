/**
 * The demo centre: loaded into an empty embedded database at first start, and loaded afresh on an administrator's
 * request (a reset, embedded H2 only).
 */
package org.frontline.web.demo;

/** REST resource and request/response shapes for customers. */
package org.frontline.web.customer;

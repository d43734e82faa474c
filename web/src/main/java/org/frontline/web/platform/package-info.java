/** Container wiring: CDI producers for domain services, database migration at start-up, paging input. */
package org.frontline.web.platform;

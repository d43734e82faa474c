/** Plain-JDBC bulk writers, for loading many rows far faster than one entity at a time. */
package org.frontline.core.infrastructure.jdbc;

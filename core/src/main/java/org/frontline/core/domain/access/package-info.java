/** Who may use the platform: user accounts with their roles and hashed passwords, API tokens, the admin action log. */
package org.frontline.core.domain.access;

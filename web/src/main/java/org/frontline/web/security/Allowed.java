package org.frontline.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.frontline.core.domain.access.Role;

/**
 * Which roles may call an endpoint; on a method it replaces its class's. Every endpoint must say (an endpoint without
 * it is refused to everyone); roles include the ones below them, so {@code AGENT} admits team leads and supervisors.
 * An empty list means anyone, logged in or not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {
    Role[] value();
}

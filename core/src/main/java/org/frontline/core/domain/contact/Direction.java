package org.frontline.core.domain.contact;

/** Who started the contact. */
public enum Direction {
    INBOUND,
    OUTBOUND
}

package org.frontline.core.domain.shared;

/** How a customer reaches the centre; agents' skills, capacity and routing are per channel. */
public enum Channel {
    PHONE,
    EMAIL,
    CHAT,
    WEB
}

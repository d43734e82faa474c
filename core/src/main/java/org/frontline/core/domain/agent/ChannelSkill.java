package org.frontline.core.domain.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * A channel an agent works: how confident they are on it (1 to 5; an agent may prefer phone and need practice with
 * chat) and how many contacts of it they take at once.
 */
@Embeddable
public record ChannelSkill(
        @Enumerated(EnumType.STRING) @Column(name = "channel", length = 10)
        Channel channel,

        @Column(name = "proficiency") int proficiency,
        @Column(name = "capacity") int capacity) {

    public static final int MAX_CAPACITY = 20;

    public ChannelSkill {
        Objects.requireNonNull(channel, "channel");
        Proficiency.require("channels", channel + " channel", proficiency);
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidValueException(
                    "channels", channel + " capacity must be between 1 and " + MAX_CAPACITY + ", got " + capacity);
        }
    }

    /** The usual concurrency of a channel: one call, three chats, six emails or web forms. */
    public static int defaultCapacity(Channel channel) {
        return switch (channel) {
            case PHONE -> 1;
            case CHAT -> 3;
            case EMAIL, WEB -> 6;
        };
    }
}

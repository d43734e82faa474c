package org.frontline.routing.simulation;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.DoubleStream;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.routing.planning.PlanningHistory;

/** Handle-time distributions fitted from the centre's history: a log-normal per channel over a window. */
public final class HandleTimes {
    private static final int MIN_CONTACTS = 30;

    private HandleTimes() {}

    /** The log-normal that best fits the handle times of the answered contacts of the channel in [from, to). */
    public static Distribution.LogNormal fitted(PlanningHistory history, Channel channel, Instant from, Instant to) {
        DoubleStream.Builder seconds = DoubleStream.builder();
        history.forEachInbound(from, to, Optional.of(channel), work -> {
            if (work.answered() && work.handleSeconds() > 0) {
                seconds.add(work.handleSeconds());
            }
        });
        return fit(seconds.build().toArray(), channel);
    }

    private static Distribution.LogNormal fit(double[] seconds, Channel channel) {
        if (seconds.length < MIN_CONTACTS) {
            throw new InvalidValueException(
                    "fitHandleTimeDays",
                    "history holds " + seconds.length + " answered " + channel + " contacts in that window; at least "
                            + MIN_CONTACTS + " are needed to fit handle times: give handleSeconds instead");
        }
        return Distribution.LogNormal.fit(seconds);
    }
}

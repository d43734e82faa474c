package org.frontline.core.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import org.frontline.core.domain.contact.Direction;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;

/**
 * Generates contacts hour by hour: Poisson arrivals whose rate follows the weekday and the hour of day, customers
 * drawn by their contact weight, waits and abandonment, lognormal handle times, and the odd survey. It streams, so a
 * benchmark can draw millions of rows without holding them.
 */
public final class ContactStream implements Iterator<ContactRow> {
    /** Relative volume Monday to Sunday. */
    private static final double[] WEEKDAY = {1.15, 1.05, 1.0, 1.0, 0.95, 0.4, 0.25};
    /** Share of a day's contacts per hour (UTC), peaking mid-morning with a lunch dip. */
    private static final double[] HOUR = hourShares();

    /** An agent contacts can be routed to: their id, team, support tier and the channels they work. */
    public record Staff(long agentId, long teamId, SupportTier tier, List<Channel> channels) {}

    private final SplittableRandom random;
    private final Draws draws;
    private final long[] customerIds;
    private final double[] cumulativeWeights;
    private final List<List<Staff>> staffByTeam;
    private final long[] teamIds;
    private final double dailyVolume;
    private final LocalDate lastDay;
    private final ArrayDeque<ContactRow> buffer = new ArrayDeque<>();
    private LocalDate day;
    private int hour;

    /**
     * @param customerIds the customers who may contact, parallel to {@code weights}
     * @param staffByTeam agents of the three contact-taking functions: support, technical support, sales
     * @param teamIds the ids of those three teams
     * @param dailyVolume average contacts on a Wednesday
     */
    public ContactStream(
            SplittableRandom random,
            long[] customerIds,
            double[] weights,
            List<List<Staff>> staffByTeam,
            long[] teamIds,
            double dailyVolume,
            LocalDate firstDay,
            int days) {
        this.random = Objects.requireNonNull(random, "random");
        this.draws = new Draws(random);
        if (customerIds.length == 0 || customerIds.length != weights.length) {
            throw new IllegalArgumentException("need as many weights as customers, and at least one customer");
        }
        int teams = DemoTopics.REASONS.size();
        if (staffByTeam.size() != teams || teamIds.length != teams) {
            throw new IllegalArgumentException("need staff and ids for " + teams + " teams");
        }
        this.customerIds = customerIds.clone();
        this.cumulativeWeights = Draws.cumulative(weights);
        this.staffByTeam = List.copyOf(staffByTeam);
        this.teamIds = teamIds.clone();
        this.dailyVolume = dailyVolume;
        this.day = firstDay;
        this.lastDay = firstDay.plusDays(days - 1L);
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !day.isAfter(lastDay)) {
            fillHour();
        }
        return !buffer.isEmpty();
    }

    @Override
    public ContactRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }

    private void fillHour() {
        double rate = dailyVolume * WEEKDAY[day.getDayOfWeek().getValue() - 1] * HOUR[hour];
        Instant start = day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
        int arrivals = draws.poisson(rate);
        long[] offsets = new long[arrivals];
        for (int i = 0; i < arrivals; i++) {
            offsets[i] = random.nextLong(3600);
        }
        Arrays.sort(offsets);
        for (long offset : offsets) {
            buffer.add(contact(start.plusSeconds(offset)));
        }
        if (++hour == 24) {
            hour = 0;
            day = day.plusDays(1);
        }
    }

    private ContactRow contact(Instant arrived) {
        Channel channel = channel();
        int team = DemoTopics.team(random.nextDouble());
        Staff agent = agent(team, channel);
        long customer = customerIds[draws.weighted(cumulativeWeights)];
        boolean queued = channel == Channel.PHONE || channel == Channel.CHAT;
        long wait = Math.round(draws.exponential(queued ? 45 : 3 * 3600));
        boolean abandoned = queued && wait > draws.exponential(150);
        List<String> reasons = DemoTopics.REASONS.get(team);
        String reason = reasons.get(random.nextInt(reasons.size()));
        if (abandoned) {
            Instant ended = arrived.plusSeconds(wait);
            return new ContactRow(
                    channel,
                    Direction.INBOUND,
                    customer,
                    null,
                    teamIds[team],
                    null,
                    arrived,
                    null,
                    ended,
                    wait,
                    0,
                    0,
                    0,
                    true,
                    false,
                    false,
                    reason,
                    "abandoned",
                    null,
                    null);
        }
        Instant answered = arrived.plusSeconds(wait);
        long talk = Math.round(draws.lognormal(medianTalk(channel), 0.6));
        long hold = channel == Channel.PHONE && random.nextDouble() < 0.3 ? Math.round(draws.exponential(60)) : 0;
        long wrapUp = Math.round(draws.exponential(45));
        boolean transferred = random.nextDouble() < 0.08;
        boolean escalated = random.nextDouble() < 0.05;
        Integer csat = random.nextDouble() < 0.25 ? draws.csat() : null;
        Integer effort = csat == null ? null : Math.max(1, Math.min(7, 6 - csat + random.nextInt(3) - 1));
        String disposition = transferred ? "transferred" : escalated ? "escalated" : "resolved";
        return new ContactRow(
                channel,
                Direction.INBOUND,
                customer,
                agent == null ? null : agent.agentId(),
                teamIds[team],
                null,
                arrived,
                answered,
                answered.plusSeconds(talk + hold),
                wait,
                talk,
                hold,
                wrapUp,
                false,
                transferred,
                escalated,
                reason,
                disposition,
                csat,
                effort);
    }

    private Channel channel() {
        double roll = random.nextDouble();
        return roll < 0.5 ? Channel.PHONE : roll < 0.75 ? Channel.EMAIL : roll < 0.95 ? Channel.CHAT : Channel.WEB;
    }

    private Staff agent(int team, Channel channel) {
        List<Staff> staff = staffByTeam.get(team);
        if (staff.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            Staff candidate = staff.get(random.nextInt(staff.size()));
            if (candidate.channels().contains(channel)) {
                return candidate;
            }
        }
        return staff.get(random.nextInt(staff.size()));
    }

    private static double medianTalk(Channel channel) {
        return switch (channel) {
            case PHONE -> 240;
            case CHAT -> 420;
            case EMAIL -> 300;
            case WEB -> 200;
        };
    }

    private static double[] hourShares() {
        double[] weights = {
            0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 1.5, 4, 6, 6.5, 6, 4.5, 5, 5.5, 5, 4.5, 3.5, 2.5, 1.8, 1.2, 0.8, 0.4,
            0.2
        };
        double total = Arrays.stream(weights).sum();
        return Arrays.stream(weights).map(w -> w / total).toArray();
    }
}

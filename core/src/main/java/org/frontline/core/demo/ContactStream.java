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

    private static final String[][] REASONS = {
        {"billing.invoice", "billing.refund", "accounts.password", "accounts.address", "orders.status", "orders.return"
        },
        {"networking.outage", "networking.slow", "hardware.fault", "software.install", "mobile.setup"},
        {"sales.quote", "renewals.contract", "upgrades.plan"}
    };
    private static final double[] TEAM_SHARE = {0.5, 0.3, 0.2};

    /** An agent contacts can be routed to: their id, team and the channels they work. */
    public record Staff(long agentId, long teamId, List<Channel> channels) {}

    private final SplittableRandom random;
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
        if (customerIds.length == 0 || customerIds.length != weights.length) {
            throw new IllegalArgumentException("need as many weights as customers, and at least one customer");
        }
        if (staffByTeam.size() != REASONS.length || teamIds.length != REASONS.length) {
            throw new IllegalArgumentException("need staff and ids for " + REASONS.length + " teams");
        }
        this.customerIds = customerIds.clone();
        this.cumulativeWeights = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulativeWeights[i] = total;
        }
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
        int arrivals = poisson(rate);
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
        int team = team();
        Staff agent = agent(team, channel);
        long customer = customerIds[customerIndex()];
        boolean queued = channel == Channel.PHONE || channel == Channel.CHAT;
        long wait = Math.round(exponential(queued ? 45 : 3 * 3600));
        boolean abandoned = queued && wait > exponential(150);
        String reason = REASONS[team][random.nextInt(REASONS[team].length)];
        if (abandoned) {
            Instant ended = arrived.plusSeconds(wait);
            return new ContactRow(
                    channel,
                    Direction.INBOUND,
                    customer,
                    null,
                    teamIds[team],
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
        long talk = Math.round(lognormal(medianTalk(channel), 0.6));
        long hold = channel == Channel.PHONE && random.nextDouble() < 0.3 ? Math.round(exponential(60)) : 0;
        long wrapUp = Math.round(exponential(45));
        boolean transferred = random.nextDouble() < 0.08;
        boolean escalated = random.nextDouble() < 0.05;
        Integer csat = random.nextDouble() < 0.25 ? csat() : null;
        Integer effort = csat == null ? null : Math.max(1, Math.min(7, 6 - csat + random.nextInt(3) - 1));
        String disposition = transferred ? "transferred" : escalated ? "escalated" : "resolved";
        return new ContactRow(
                channel,
                Direction.INBOUND,
                customer,
                agent == null ? null : agent.agentId(),
                teamIds[team],
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

    private int team() {
        double roll = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < TEAM_SHARE.length; i++) {
            sum += TEAM_SHARE[i];
            if (roll < sum) {
                return i;
            }
        }
        return TEAM_SHARE.length - 1;
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

    private int customerIndex() {
        double target = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        int index = Arrays.binarySearch(cumulativeWeights, target);
        return index >= 0 ? index : Math.min(-index - 1, cumulativeWeights.length - 1);
    }

    private int csat() {
        double roll = random.nextDouble();
        return roll < 0.45 ? 5 : roll < 0.75 ? 4 : roll < 0.87 ? 3 : roll < 0.94 ? 2 : 1;
    }

    private static double medianTalk(Channel channel) {
        return switch (channel) {
            case PHONE -> 240;
            case CHAT -> 420;
            case EMAIL -> 300;
            case WEB -> 200;
        };
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private double lognormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Knuth's method for small rates, a normal approximation above 30. */
    private int poisson(double rate) {
        if (rate <= 0) {
            return 0;
        }
        if (rate > 30) {
            return (int) Math.max(0, Math.round(rate + Math.sqrt(rate) * gaussian()));
        }
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
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

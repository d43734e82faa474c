package org.frontline.routing.simulation;

/**
 * What one simulated day produced, per queue (the queue a contact entered) and interval (the one it arrived in):
 * contacts offered, answered, answered within target, abandoned, and the total wait of those answered; and per
 * interval the agents' staffed and busy seconds.
 */
public final class DayFigures {
    private final long[][] offered;
    private final long[][] answered;
    private final long[][] inTarget;
    private final long[][] abandoned;
    private final double[][] waitSeconds;
    private final double[] staffedSeconds;
    private final double[] busySeconds;
    private final double intervalSeconds;
    private long decisions;

    DayFigures(int queues, int intervals, double intervalSeconds) {
        this.offered = new long[queues][intervals];
        this.answered = new long[queues][intervals];
        this.inTarget = new long[queues][intervals];
        this.abandoned = new long[queues][intervals];
        this.waitSeconds = new double[queues][intervals];
        this.staffedSeconds = new double[intervals];
        this.busySeconds = new double[intervals];
        this.intervalSeconds = intervalSeconds;
    }

    void offer(int queue, int interval) {
        offered[queue][interval]++;
    }

    void answer(int queue, int interval, double wait, boolean withinTarget) {
        answered[queue][interval]++;
        waitSeconds[queue][interval] += wait;
        if (withinTarget) {
            inTarget[queue][interval]++;
        }
        decisions++;
    }

    void abandon(int queue, int interval) {
        abandoned[queue][interval]++;
    }

    void staffed(double from, double to) {
        spread(staffedSeconds, from, to);
    }

    void busy(double from, double to) {
        spread(busySeconds, from, to);
    }

    /** Adds the seconds of [from, to) that fall in each interval of the day. */
    private void spread(double[] seconds, double from, double to) {
        double day = intervalSeconds * seconds.length;
        double start = Math.max(0, from);
        double end = Math.min(day, to);
        while (start < end) {
            int i = (int) (start / intervalSeconds);
            double intervalEnd = Math.min(end, (i + 1) * intervalSeconds);
            seconds[i] += intervalEnd - start;
            start = intervalEnd;
        }
    }

    public int queues() {
        return offered.length;
    }

    public int intervals() {
        return staffedSeconds.length;
    }

    public long offered(int queue, int interval) {
        return offered[queue][interval];
    }

    public long answered(int queue, int interval) {
        return answered[queue][interval];
    }

    public long answeredInTarget(int queue, int interval) {
        return inTarget[queue][interval];
    }

    public long abandoned(int queue, int interval) {
        return abandoned[queue][interval];
    }

    public double waitSeconds(int queue, int interval) {
        return waitSeconds[queue][interval];
    }

    public double staffedSeconds(int interval) {
        return staffedSeconds[interval];
    }

    public double busySeconds(int interval) {
        return busySeconds[interval];
    }

    /** How many contacts the engine put through to agents. */
    public long decisions() {
        return decisions;
    }
}

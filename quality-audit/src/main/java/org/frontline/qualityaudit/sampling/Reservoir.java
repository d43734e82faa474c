package org.frontline.qualityaudit.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A simple random sample of k items from a stream of unknown length, in one pass and O(k) memory (Li's Algorithm L:
 * it skips ahead by geometric jumps, so it draws O(k log(N/k)) random numbers, not N). Seeded, so the same stream
 * and seed give the same sample; each item's inclusion probability is k / N once the stream has ended.
 */
public final class Reservoir<T> {
    private final int k;
    private final SplittableRandom random;
    private final List<T> sample;
    private long seen;
    private long nextPick;
    private double w;

    public Reservoir(int k, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("a sample needs at least one item, got " + k);
        }
        this.k = k;
        this.random = new SplittableRandom(seed);
        this.sample = new ArrayList<>(k);
        this.w = Math.exp(Math.log(uniform()) / k);
        this.nextPick = k + skip();
    }

    /** Offers the next item of the stream. */
    public void offer(T item) {
        Objects.requireNonNull(item, "item");
        seen++;
        if (seen <= k) {
            sample.add(item);
        } else if (seen == nextPick) {
            sample.set(random.nextInt(k), item);
            w *= Math.exp(Math.log(uniform()) / k);
            nextPick = seen + skip();
        }
    }

    /** The sample so far: every item while fewer than k were offered. */
    public List<T> sample() {
        return List.copyOf(sample);
    }

    /** How many items were offered. */
    public long seen() {
        return seen;
    }

    /** The chance each offered item had of being in the sample. */
    public double inclusionProbability() {
        return seen <= k ? 1 : (double) k / seen;
    }

    /** How many items to pass over before the next one that enters the sample, plus one. */
    private long skip() {
        double jump = Math.floor(Math.log(uniform()) / Math.log(1 - w));
        return (long) Math.min(jump, Long.MAX_VALUE / 4) + 1;
    }

    /** A uniform number in (0, 1): never 0, whose logarithm would be infinite. */
    private double uniform() {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0);
        return u;
    }
}

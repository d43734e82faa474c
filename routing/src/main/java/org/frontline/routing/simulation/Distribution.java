package org.frontline.routing.simulation;

import java.util.SplittableRandom;

/** A distribution of positive durations in seconds (handle times, patience) that a simulation draws from. */
public sealed interface Distribution permits Distribution.Exponential, Distribution.LogNormal {

    double sample(SplittableRandom random);

    double mean();

    /** Memoryless, with the given mean: the M in M/M/c. */
    record Exponential(double mean) implements Distribution {
        public Exponential {
            requirePositive("mean", mean);
        }

        @Override
        public double sample(SplittableRandom random) {
            return -mean * Math.log(1 - random.nextDouble());
        }
    }

    /** Right-skewed like real handle times: the logarithm is normal with mean {@code mu} and deviation {@code sigma}. */
    record LogNormal(double mu, double sigma) implements Distribution {
        public LogNormal {
            if (!Double.isFinite(mu) || !(sigma > 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("a log-normal needs a finite mu and a positive sigma");
            }
        }

        /** The log-normal with this mean and standard deviation. */
        public static LogNormal withMean(double mean, double deviation) {
            requirePositive("mean", mean);
            requirePositive("deviation", deviation);
            double sigma2 = Math.log(1 + (deviation * deviation) / (mean * mean));
            return new LogNormal(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
        }

        /** The maximum-likelihood fit to observed durations (the mean and deviation of their logarithms). */
        public static LogNormal fit(double[] durations) {
            if (durations.length < 2) {
                throw new IllegalArgumentException("fitting needs at least two durations, got " + durations.length);
            }
            double sum = 0;
            for (double d : durations) {
                requirePositive("duration", d);
                sum += Math.log(d);
            }
            double mu = sum / durations.length;
            double squares = 0;
            for (double d : durations) {
                squares += (Math.log(d) - mu) * (Math.log(d) - mu);
            }
            return new LogNormal(mu, Math.max(1e-6, Math.sqrt(squares / durations.length)));
        }

        @Override
        public double sample(SplittableRandom random) {
            return Math.exp(mu + sigma * gaussian(random));
        }

        @Override
        public double mean() {
            return Math.exp(mu + sigma * sigma / 2);
        }

        /** A standard normal draw (Box–Muller). */
        private static double gaussian(SplittableRandom random) {
            return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        }
    }

    private static void requirePositive(String what, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive number of seconds, got " + value);
        }
    }
}

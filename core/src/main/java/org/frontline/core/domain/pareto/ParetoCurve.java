package org.frontline.core.domain.pareto;

import java.util.ArrayList;
import java.util.List;

/**
 * How concentrated a measure is: at each whole percent of customers (ranked, largest first), the percent of the total
 * they bring. A flat 45° line means everyone brings the same; the 80/20 rule is the point (20, 80).
 */
public record ParetoCurve(List<Point> points) {

    /** After the top {@code customers} % of customers, {@code total} % of the measure. */
    public record Point(int customers, double total) {}

    public ParetoCurve {
        points = List.copyOf(points);
    }

    /** The curve of values already sorted largest first; a total of zero gives an all-zero curve. */
    static ParetoCurve of(double[] descending) {
        int n = descending.length;
        double[] cumulative = new double[n + 1];
        for (int i = 0; i < n; i++) {
            cumulative[i + 1] = cumulative[i] + descending[i];
        }
        double total = cumulative[n];
        List<Point> points = new ArrayList<>(101);
        for (int percent = 0; percent <= 100; percent++) {
            int top = topCount(n, percent / 100.0);
            points.add(new Point(percent, total == 0 ? 0 : 100 * cumulative[top] / total));
        }
        return new ParetoCurve(points);
    }

    /** The percent of the total the top {@code percent} % of customers bring. */
    public double shareOfTop(int percent) {
        return points.get(percent).total();
    }

    /** How many customers are the top {@code share} of {@code n} (rounded up, so a fifth of 7 is 2). */
    static int topCount(int n, double share) {
        return (int) Math.min(n, Math.ceil(n * share - 1e-9));
    }
}

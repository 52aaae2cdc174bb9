package org.neurotheory.core.figure;

import org.neurotheory.core.Require;

/**
 * Read-outs and axes for the curves a figure plots: step axes and lin/log spacing, thinning that
 * keeps the last point, level crossings (first index below a level, interpolated crossing time,
 * half-drop time), closest approach, dwell, gaps, normalisation, reference lines and histograms.
 * Curves are plain {@code double[]}; times are the x values of the records.
 */
public final class Curves {
    private Curves() {
    }

    /** {@code 0, 1, ..., n-1} as doubles (a step or index axis). */
    public static double[] steps(int n) {
        Require.nonNegative("n", n);
        double[] s = new double[n];
        for (int k = 0; k < n; k++) {
            s[k] = k;
        }
        return s;
    }

    /** {@code n} evenly spaced values from {@code lo} to {@code hi} inclusive ({@code lo} alone when n = 1). */
    public static double[] linspace(double lo, double hi, int n) {
        Require.positive("n", n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
        }
        return out;
    }

    /** {@code n} values from {@code lo} to {@code hi} (both > 0) evenly spaced in log: {@code lo (hi/lo)^(i/(n-1))}. */
    public static double[] logspace(double lo, double hi, int n) {
        Require.positive("lo", lo);
        Require.positive("hi", hi);
        Require.positive("n", n);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = n == 1 ? lo : lo * Math.pow(hi / lo, i / (n - 1.0));
        }
        return g;
    }

    /** Every {@code stride}-th entry, and the last one (so a thinned curve ends where the curve ends). */
    public static double[] thin(double[] v, int stride) {
        Require.positive("stride", stride);
        if (v.length == 0) {
            return new double[0];
        }
        int n = (v.length - 1) / stride + 1;
        boolean addLast = (v.length - 1) % stride != 0;
        double[] out = new double[n + (addLast ? 1 : 0)];
        for (int i = 0; i < n; i++) {
            out[i] = v[i * stride];
        }
        if (addLast) {
            out[n] = v[v.length - 1];
        }
        return out;
    }

    /** First index with {@code y[i] < level}, or -1. */
    public static int firstBelow(double[] y, double level) {
        for (int k = 0; k < y.length; k++) {
            if (y[k] < level) {
                return k;
            }
        }
        return -1;
    }

    /** First index with {@code |y[i] - level| <= tolerance}, or -1. */
    public static int firstWithin(double[] y, double level, double tolerance) {
        for (int k = 0; k < y.length; k++) {
            if (Math.abs(y[k] - level) <= tolerance) {
                return k;
            }
        }
        return -1;
    }

    /**
     * First time at which the curve falls to {@code level} or below, linearly interpolated between the
     * two records around the crossing; NaN if it never does ({@code times[0]} if it starts there).
     */
    public static double crossing(double[] times, double[] y, double level) {
        Require.that(times.length == y.length, "y.length", y.length, "must equal times.length " + times.length);
        if (y.length > 0 && y[0] <= level) {
            return times[0];
        }
        for (int i = 1; i < y.length; i++) {
            if (y[i] <= level) {
                double f = (y[i - 1] - level) / (y[i - 1] - y[i]);
                return times[i - 1] + f * (times[i] - times[i - 1]);
            }
        }
        return Double.NaN;
    }

    /**
     * Half-drop time: the interpolated {@link #crossing} of the midpoint between the initial loss and
     * the final level, {@code (loss[0] + finalLevel) / 2}. Pass the theory's final level where there is
     * one, else the last recorded value.
     */
    public static double halfDropTime(double[] times, double[] loss, double finalLevel) {
        return crossing(times, loss, 0.5 * (loss[0] + finalLevel));
    }

    /** Indices at which a staircase loss drops: where {@code y} first falls below each of {@code levels}; -1 for a level never reached. */
    public static int[] dropSteps(double[] y, double... levels) {
        int[] out = new int[levels.length];
        for (int i = 0; i < levels.length; i++) {
            out[i] = firstBelow(y, levels[i]);
        }
        return out;
    }

    /** {@code min_k |y[k] - level|}. */
    public static double closestApproach(double[] y, double level) {
        double best = Double.POSITIVE_INFINITY;
        for (double v : y) {
            best = Math.min(best, Math.abs(v - level));
        }
        return best;
    }

    /** Minimum over i of the distance from {@code (x[i], y[i])} to the point {@code (px, py)}. */
    public static double closestApproach(double[] x, double[] y, double px, double py) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            best = Math.min(best, Math.hypot(x[i] - px, y[i] - py));
        }
        return best;
    }

    /** Number of records with {@code |y - level| < tolerance} (how long a curve sits on a plateau). */
    public static int dwell(double[] y, double level, double tolerance) {
        int n = 0;
        for (double v : y) {
            if (Math.abs(v - level) < tolerance) {
                n++;
            }
        }
        return n;
    }

    /** {@code max_i |a_i - b_i|}. */
    public static double maxGap(double[] a, double[] b) {
        Require.that(a.length == b.length, "b.length", b.length, "must equal a.length " + a.length);
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /** Linear interpolation of the curve {@code (x, y)} ({@code x} increasing) at {@code at}, clamped to the ends. */
    public static double interpolate(double[] x, double[] y, double at) {
        if (at <= x[0]) {
            return y[0];
        }
        for (int i = 1; i < x.length; i++) {
            if (at <= x[i]) {
                double f = (at - x[i - 1]) / (x[i] - x[i - 1]);
                return y[i - 1] + f * (y[i] - y[i - 1]);
            }
        }
        return y[y.length - 1];
    }

    /** The minimum of a curve. */
    public static double min(double[] y) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : y) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** Index of the first smallest entry of a curve (NaN entries are skipped; -1 when all are NaN). */
    public static int argmin(double[] y) {
        int best = -1;
        for (int k = 0; k < y.length; k++) {
            if (!Double.isNaN(y[k]) && (best < 0 || y[k] < y[best])) {
                best = k;
            }
        }
        return best;
    }

    /** The maximum of a curve. */
    public static double max(double[] y) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** {@code v / v[last]}. */
    public static double[] byFinal(double[] v) {
        double end = v[v.length - 1];
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / end;
        }
        return out;
    }

    /**
     * Adds a histogram of {@code values} with {@code bins} equal bins on {@code [lo, hi]} as a line of
     * bin centres against the fraction of all values in each bin (values outside are counted in no bin).
     */
    public static Panel histogram(Panel panel, String name, double[] values, double lo, double hi, int bins) {
        Require.positive("bins", bins);
        Require.that(hi > lo, "hi", hi, "must exceed lo = " + lo);
        double[] c = new double[bins];
        double[] x = new double[bins];
        double w = (hi - lo) / bins;
        for (double v : values) {
            int b = (int) Math.floor((v - lo) / w);
            if (b >= 0 && b < bins) {
                c[b] += 1.0 / values.length;
            }
        }
        for (int b = 0; b < bins; b++) {
            x[b] = lo + (b + 0.5) * w;
        }
        return panel.line(name, x, c);
    }
}

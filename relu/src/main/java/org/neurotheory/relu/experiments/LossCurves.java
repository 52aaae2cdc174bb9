package org.neurotheory.relu.experiments;

import org.neurotheory.core.Require;

/**
 * Small measurements on recorded loss curves shared by the figures: the half-drop time (first
 * crossing of the midpoint between the initial loss and a final level, linearly interpolated
 * between records) and the largest absolute gap between two curves.
 */
public final class LossCurves {
    private LossCurves() {
    }

    /** First time at which {@code loss} falls below {@code (loss[0] + finalLevel)/2}, interpolated; NaN if never. */
    public static double halfDropTime(double[] times, double[] loss, double finalLevel) {
        Require.that(times.length == loss.length, "loss.length", loss.length, "must equal times.length " + times.length);
        double level = 0.5 * (loss[0] + finalLevel);
        for (int i = 1; i < loss.length; i++) {
            if (loss[i] <= level) {
                double f = (loss[i - 1] - level) / (loss[i - 1] - loss[i]);
                return times[i - 1] + f * (times[i] - times[i - 1]);
            }
        }
        return Double.NaN;
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

    /** The maximum of a curve. */
    public static double max(double[] y) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            m = Math.max(m, v);
        }
        return m;
    }
}

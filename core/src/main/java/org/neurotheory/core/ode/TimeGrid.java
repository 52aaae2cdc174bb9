package org.neurotheory.core.ode;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * Where an integration starts and at which times its {@link Trajectory} is recorded.
 * Linear grids suit ordinary time courses, log grids the plateaus and drops of learning dynamics.
 *
 * @param start integration start time
 * @param times recording times, strictly increasing, all {@code >= start}; the last is the end time
 */
public record TimeGrid(double start, double[] times) {
    public TimeGrid {
        Require.finite("start", start);
        Require.allFinite("times", times);
        Require.that(times.length > 0, "times.length", times.length, "must be > 0");
        Require.that(times[0] >= start, "times[0]", times[0], "must be >= start = " + start);
        for (int i = 1; i < times.length; i++) {
            Require.that(times[i] > times[i - 1], "times[" + i + "]", times[i],
                    "must be > times[" + (i - 1) + "] = " + times[i - 1]);
        }
        times = times.clone();
    }

    /** {@code n} equally spaced times from {@code t0} to {@code t1} inclusive; integration starts at t0. */
    public static TimeGrid linear(double t0, double t1, int n) {
        Require.inRange("n", n, 2, Integer.MAX_VALUE);
        Require.that(t1 > t0, "t1", t1, "must be > t0 = " + t0);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i == n - 1 ? t1 : t0 + (t1 - t0) * i / (n - 1);
        }
        return new TimeGrid(t0, t);
    }

    /**
     * Integration from {@code t0}, recorded at t0 and at {@code n} log-spaced times from
     * {@code tFirst} to {@code t1} inclusive.
     */
    public static TimeGrid log(double t0, double tFirst, double t1, int n) {
        Require.inRange("n", n, 2, Integer.MAX_VALUE);
        Require.that(tFirst > t0 && tFirst > 0, "tFirst", tFirst, "must be > max(t0, 0) with t0 = " + t0);
        Require.that(t1 > tFirst, "t1", t1, "must be > tFirst = " + tFirst);
        double[] t = new double[n + 1];
        t[0] = t0;
        double a = Math.log(tFirst);
        double b = Math.log(t1);
        for (int i = 0; i < n; i++) {
            t[i + 1] = i == n - 1 ? t1 : Math.exp(a + (b - a) * i / (n - 1));
        }
        return new TimeGrid(t0, t);
    }

    /** Recording every {@code every} steps of a fixed step {@code h}, for {@code steps} steps from t0. */
    public static TimeGrid everySteps(double t0, double h, long steps, long every) {
        Require.positive("h", h);
        Require.positive("steps", steps);
        Require.positive("every", every);
        int n = (int) (steps / every) + 1 + (steps % every == 0 ? 0 : 1);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            long k = Math.min(steps, i * every);
            t[i] = t0 + k * h;
        }
        return new TimeGrid(t0, t);
    }

    /** The last recording time, where integration ends. */
    public double end() {
        return times[times.length - 1];
    }

    /** Number of recording times. */
    public int size() {
        return times.length;
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    /** Recording time {@code i}, without copying the array. */
    public double time(int i) {
        return times[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeGrid g && g.start == start && Arrays.equals(g.times, times);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(start) + Arrays.hashCode(times);
    }

    @Override
    public String toString() {
        return "TimeGrid[start=" + start + ", " + times.length + " times up to " + end() + "]";
    }
}

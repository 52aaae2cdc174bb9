package org.neurotheory.cortex.experiments;

import java.util.Arrays;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.cortex.model.SpikeRaster;

/** Small helpers that turn simulation output into panel series (rasters, histograms, traces). */
final class Plots {
    /** Resting potential added to display V in absolute mV (card section 4). */
    static final double REST = -70;

    private Plots() {
    }

    /** Raster of the first {@code count} neurons (ids offset by {@code offset}) over steps {@code [from, to)}: x in s, y neuron. */
    static void raster(Panel panel, String label, SpikeRaster r, int count, int offset, int from, int to, double dt) {
        int n = 0;
        for (int k = 0; k < r.count(); k++) {
            if (r.id(k) < count && r.step(k) >= from && r.step(k) < to) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int m = 0;
        for (int k = 0; k < r.count(); k++) {
            if (r.id(k) < count && r.step(k) >= from && r.step(k) < to) {
                x[m] = r.step(k) * dt / 1000.0;
                y[m] = r.id(k) + offset;
                m++;
            }
        }
        panel.markers(label, x, y);
    }

    /** Histogram of {@code values} with {@code bins} bins on {@code [lo, hi]}: adds a line of bin centres vs fractions. */
    static void histogram(Panel panel, String label, double[] values, double lo, double hi, int bins) {
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
        panel.line(label, x, c);
    }

    /** Samples {@code [from, to)} of a trace with x in s and y shifted by {@code shift}. */
    static void trace(Panel panel, String label, double[] v, int from, int to, double sampleMs, double shift) {
        int n = Math.max(0, Math.min(to, v.length) - from);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = (from + k) * sampleMs / 1000.0;
            y[k] = v[from + k] + shift;
        }
        panel.line(label, x, y);
    }

    /** Lags (ms) for a correlation of half-width {@code maxLag} samples. */
    static double[] lags(int maxLag, double sampleMs) {
        double[] x = new double[2 * maxLag + 1];
        for (int k = 0; k < x.length; k++) {
            x[k] = (k - maxLag) * sampleMs;
        }
        return x;
    }

    /** {@code 0, 1, ..., n-1} as doubles. */
    static double[] index(int n) {
        double[] x = new double[n];
        Arrays.setAll(x, i -> i);
        return x;
    }
}

package org.neurotheory.cortex.experiments;

import org.neurotheory.core.figure.Panel;
import org.neurotheory.cortex.model.SpikeRaster;

/** Spike-network panel series: spike rasters, membrane-potential traces, correlation lags (generic curve helpers are in core's {@link org.neurotheory.core.figure.Curves}). */
final class SpikePanels {
    /** Resting potential added to display V in absolute mV (the model of docs/papers/cortex.md). */
    static final double REST = -70;

    private SpikePanels() {
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
}

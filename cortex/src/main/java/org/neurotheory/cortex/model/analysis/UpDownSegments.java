package org.neurotheory.cortex.model.analysis;

import org.neurotheory.core.Require;
import org.neurotheory.cortex.model.InputProfile;
import org.neurotheory.cortex.model.ProbeTraces;
import org.neurotheory.cortex.model.SpikeRaster;

/**
 * Up/Down detection for state U (Fig. S6): a step is Up when the input rate exceeds
 * {@code threshold}. Statistics skip the first {@code settle} ms of each segment so the transient
 * after a switch does not count, and ignore steps before {@code from}.
 *
 * @param up     Up flag per step
 * @param age    steps since the last switch (since step 0 for the first segment)
 * @param from   first step analysed
 * @param settle steps skipped after each switch
 */
public record UpDownSegments(boolean[] up, int[] age, int from, int settle) {
    /** Segments from the input profile, Up when {@code rate > threshold} Hz. */
    public static UpDownSegments fromInput(InputProfile input, double threshold, int from, int settle) {
        boolean[] u = new boolean[input.steps()];
        int[] age = new int[u.length];
        for (int n = 0; n < u.length; n++) {
            u[n] = input.rates()[n] > threshold;
            age[n] = n > 0 && u[n] == u[n - 1] ? age[n - 1] + 1 : 0;
        }
        return new UpDownSegments(u, age, Require.nonNegative("from", from), Require.nonNegative("settle", settle));
    }

    /** Whether step n counts for the given state (Up or Down), past the settling time. */
    public boolean counts(int n, boolean state) {
        return n >= from && up[n] == state && age[n] >= settle;
    }

    /** Mean rate (Hz) of the population over the counted steps of one state. */
    public double rate(SpikeRaster r, boolean state, double dt) {
        int steps = 0;
        for (int n = 0; n < up.length; n++) {
            if (counts(n, state)) {
                steps++;
            }
        }
        Require.positive("steps in state " + (state ? "Up" : "Down"), steps);
        long spikes = 0;
        for (int s = 0; s < r.count(); s++) {
            if (counts(r.step(s), state)) {
                spikes++;
            }
        }
        return spikes / (r.size() * steps * dt / 1000.0);
    }

    /** Mean over probes of the s.d. of V over the counted samples of one state (mV). */
    public double sdV(ProbeTraces p, boolean state) {
        double total = 0;
        for (double[] v : p.v()) {
            double s1 = 0;
            double s2 = 0;
            int n = 0;
            for (int k = 0; k < v.length; k++) {
                int step = k * p.every();
                if (step < up.length && counts(step, state)) {
                    s1 += v[k];
                    s2 += v[k] * v[k];
                    n++;
                }
            }
            Require.positive("probe samples in state", n);
            double m = s1 / n;
            total += Math.sqrt(Math.max(0, s2 / n - m * m));
        }
        return total / p.probes();
    }

    /**
     * Population rate (Hz, bins of {@code bin} steps) aligned to Down-to-Up switches, averaged over
     * switches preceded by at least {@code before} and followed by at least {@code after} steps of
     * unchanged state. Element k is the bin starting {@code k bin - before} steps after the switch.
     */
    public double[] onsetRate(SpikeRaster r, double dt, int bin, int before, int after) {
        Require.positive("bin", bin);
        int nb = (before + after) / bin;
        double[] acc = new double[nb];
        int used = 0;
        int[] perStep = new int[up.length];
        for (int s = 0; s < r.count(); s++) {
            perStep[r.step(s)]++;
        }
        for (int n = Math.max(1, from); n < up.length; n++) {
            if (!up[n] || up[n - 1] || n - before < from || n + after > up.length) {
                continue;
            }
            boolean clean = true;
            for (int k = n - before; k < n + after && clean; k++) {
                clean = up[k] == (k >= n);
            }
            if (!clean) {
                continue;
            }
            used++;
            for (int b = 0; b < nb; b++) {
                for (int k = 0; k < bin; k++) {
                    acc[b] += perStep[n - before + b * bin + k];
                }
            }
        }
        Require.positive("clean Down-to-Up switches", used);
        for (int b = 0; b < nb; b++) {
            acc[b] /= used * (double) r.size() * bin * dt / 1000.0;
        }
        return acc;
    }
}

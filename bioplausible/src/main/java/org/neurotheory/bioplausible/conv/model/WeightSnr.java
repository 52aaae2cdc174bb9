package org.neurotheory.bioplausible.conv.model;

import org.neurotheory.bioplausible.conv.theory.PhaseGroups;
import org.neurotheory.core.Require;

/**
 * The paper's weight signal-to-noise ratio of a locally connected layer (official code,
 * {@code compute_snr}): over the non-border positions, for every entry {@code (c, a, d, o)}, the
 * absolute mean over positions divided by the unbiased standard deviation plus {@code 1e-20}, averaged
 * over entries. Higher means more convolution-like; identical weights give about {@code |mean| 1e20}.
 */
public final class WeightSnr {
    /** Guard added to the standard deviation, as in the official code. */
    public static final double GUARD = 1e-20;

    private WeightSnr() {
    }

    /** The weight SNR of {@code w} with layout {@code l}. */
    public static double of(float[] w, LcWeightLayout l) {
        Require.nonNull("layout", l);
        Require.that(w != null && w.length == l.size(), "w.length", w == null ? "null" : w.length,
                "must equal the layout's size " + l.size());
        int lo = PhaseGroups.interiorStart(l.kernel(), l.stride());
        int hi = PhaseGroups.interiorEnd(l.inSize(), l.kernel(), l.stride());
        int n = (hi - lo) * (hi - lo);
        Require.that(n >= 2, "interior positions", n, "must be >= 2 for a standard deviation");
        int per = l.perPosition();
        double[] sum = new double[per];
        double[] sumSq = new double[per];
        for (int i = lo; i < hi; i++) {
            for (int j = lo; j < hi; j++) {
                int base = (i * l.outSize() + j) * per;
                for (int e = 0; e < per; e++) {
                    double v = w[base + e];
                    sum[e] += v;
                }
            }
        }
        for (int e = 0; e < per; e++) {
            sum[e] /= n;
        }
        for (int i = lo; i < hi; i++) {
            for (int j = lo; j < hi; j++) {
                int base = (i * l.outSize() + j) * per;
                for (int e = 0; e < per; e++) {
                    double d = w[base + e] - sum[e];
                    sumSq[e] += d * d;
                }
            }
        }
        double snr = 0;
        for (int e = 0; e < per; e++) {
            snr += Math.abs(sum[e]) / (Math.sqrt(sumSq[e] / (n - 1)) + GUARD);
        }
        return snr / per;
    }
}

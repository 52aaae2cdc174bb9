package org.neurotheory.bioplausible.conv.model;

import org.neurotheory.core.Require;

/**
 * Recorded curves of a toy weight-sharing run: at each recorded iteration, the inverse SNR and the
 * cosine between the group-mean weights and their initial value, one row per trial.
 *
 * @param iterations  recorded iterations (0 first, the last iteration last)
 * @param inverseSnr  {@code [trial][point]} inverse SNR
 * @param meanCosine  {@code [trial][point]} cosine of the group-mean weights with their initial value
 */
public record ToyRun(double[] iterations, double[][] inverseSnr, double[][] meanCosine) {
    public ToyRun {
        Require.nonNull("iterations", iterations);
        Require.nonNull("inverseSnr", inverseSnr);
        Require.nonNull("meanCosine", meanCosine);
        Require.that(inverseSnr.length == meanCosine.length, "meanCosine.length", meanCosine.length,
                "must equal the number of trials " + inverseSnr.length);
    }

    /** Number of trials. */
    public int trials() {
        return inverseSnr.length;
    }

    /** log10 of the final over the initial inverse SNR of trial {@code t}, averaged over the last {@code tail} points. */
    public double log10Drop(int t, int tail) {
        Require.inRange("tail", tail, 1, iterations.length - 1);
        double[] s = inverseSnr[t];
        double sum = 0;
        for (int p = s.length - tail; p < s.length; p++) {
            sum += Math.log10(s[p]);
        }
        return sum / tail - Math.log10(s[0]);
    }

    /** Trial mean of {@link #log10Drop}. */
    public double meanLog10Drop(int tail) {
        double sum = 0;
        for (int t = 0; t < trials(); t++) {
            sum += log10Drop(t, tail);
        }
        return sum / trials();
    }

    /** Trial mean of log10 of the inverse SNR over its initial value, at every recorded point. */
    public double[] meanLog10Ratio() {
        double[] out = new double[iterations.length];
        for (double[] row : inverseSnr) {
            double l0 = Math.log10(row[0]);
            for (int p = 0; p < out.length; p++) {
                out[p] += (Math.log10(row[p]) - l0) / trials();
            }
        }
        return out;
    }

    /** Smallest cosine of the group-mean weights with their initial value over all trials and points. */
    public double minMeanCosine() {
        double m = Double.POSITIVE_INFINITY;
        for (double[] row : meanCosine) {
            for (double v : row) {
                m = Math.min(m, v);
            }
        }
        return m;
    }
}

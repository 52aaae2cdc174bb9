package org.neurotheory.bioplausible.conv.theory;

import org.neurotheory.core.Require;

/**
 * Exact mean-square course of the Hebbian sleep phase on a locally connected layer (Pogodin et al.
 * 2021, Sec. 4.2, official {@code share_weights}). Within a phase group every non-border neuron sees
 * the same patch {@code x ~ N(0, I_K)} of each of the B tiled patterns, and the deviation
 * {@code d = w - wbar} of a neuron from its group mean follows
 * {@code d <- ((1 - eta gamma) I - eta S) d + eta gamma d_0} with {@code S = (1/B) sum_b x_b x_b^T}
 * (the group mean itself never moves). Since {@code E[S] = I} and {@code E[S^2] = (1 + (K+1)/B) I} for
 * Gaussian patterns, the second moments obey an exact scalar recursion, with
 * {@code m = 1 - eta(1 + gamma)} and {@code q = (1 - eta gamma)^2 - 2 eta (1 - eta gamma) + eta^2 (1 + (K+1)/B)}:
 * {@code a' = q a + 2 eta gamma m c + (eta gamma)^2}, {@code c' = m c + eta gamma} for
 * {@code a = E|d|^2 / |d_0|^2} and {@code c = E[d . d_0] / |d_0|^2}. The contraction is stable in
 * mean square iff {@code q < 1}, i.e. (for gamma = 0) {@code eta < 2 / (1 + (K+1)/B)}: the batch of
 * 128 patterns is what lets the official rate 0.1 work for fan-ins in the hundreds.
 */
public final class SleepConvergence {
    private SleepConvergence() {
    }

    /** Per-iteration mean-square factor {@code q} (see the class comment). */
    public static double meanSquareFactor(double eta, double gamma, int fanIn, int batch) {
        Require.positive("eta", eta);
        Require.nonNegative("gamma", gamma);
        Require.positive("fanIn", fanIn);
        Require.positive("batch", batch);
        double r = 1 - eta * gamma;
        return r * r - 2 * eta * r + eta * eta * (1 + (fanIn + 1.0) / batch);
    }

    /** Mean-square stability bound {@code 2 / (1 + (K+1)/B)} on eta (for gamma = 0). */
    public static double stabilityBound(int fanIn, int batch) {
        Require.positive("fanIn", fanIn);
        Require.positive("batch", batch);
        return 2 / (1 + (fanIn + 1.0) / batch);
    }

    /** {@code E|d_n|^2 / |d_0|^2} for n = 0..iterations. */
    public static double[] relativeMeanSquare(double eta, double gamma, int fanIn, int batch, int iterations) {
        Require.nonNegative("iterations", iterations);
        double q = meanSquareFactor(eta, gamma, fanIn, batch);
        double m = 1 - eta * (1 + gamma);
        double g = eta * gamma;
        double[] out = new double[iterations + 1];
        double a = 1;
        double c = 1;
        out[0] = 1;
        for (int n = 1; n <= iterations; n++) {
            double an = q * a + 2 * g * m * c + g * g;
            c = m * c + g;
            a = an;
            out[n] = a;
        }
        return out;
    }
}

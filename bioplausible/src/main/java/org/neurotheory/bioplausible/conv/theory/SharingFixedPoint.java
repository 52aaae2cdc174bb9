package org.neurotheory.bioplausible.conv.theory;

import org.neurotheory.core.Require;

/**
 * Fixed point of the weight-sharing dynamics for white inputs (Pogodin et al. 2021, Sec. 4,
 * objective of the sleep phase): for a group of N neurons that see the same input
 * {@code x ~ N(0, sigma^2 I)}, gradient descent on
 * {@code L = 1/2 sum_i E[(z_i - zbar)^2] + gamma/2 sum_i |w_i - w_i^ref|^2} has expected dynamics
 * {@code d/dt d_i = -eta[(sigma^2 + gamma) d_i - gamma d_i^ref]} for the deviations
 * {@code d_i = w_i - wbar} and {@code d/dt wbar = -eta gamma (wbar - wbar^ref)} for the group mean.
 *
 * <p>The fixed point keeps the mean, {@code wbar* = wbar^ref}, and shrinks every deviation by
 * {@code gamma / (sigma^2 + gamma)}, so the inverse signal-to-noise ratio of the weights falls by
 * {@code (gamma / (sigma^2 + gamma))^2}, independently of the kernel size and of N.
 * Instant sharing (the paper's {@code gamma -> 0} limit) removes the deviations altogether.
 */
public final class SharingFixedPoint {
    private SharingFixedPoint() {
    }

    /** Factor {@code gamma / (sigma^2 + gamma)} by which the fixed point shrinks each deviation from the group mean. */
    public static double deviationFactor(double gamma, double sigma2) {
        Require.nonNegative("gamma", gamma);
        Require.positive("sigma2", sigma2);
        return gamma / (sigma2 + gamma);
    }

    /** Factor {@code (gamma / (sigma^2 + gamma))^2} by which the inverse SNR falls from its reference value. */
    public static double inverseSnrFactor(double gamma, double sigma2) {
        double f = deviationFactor(gamma, sigma2);
        return f * f;
    }

    /**
     * The fixed point {@code w_i* = (sigma^2 wbar^ref + gamma w_i^ref) / (sigma^2 + gamma)} for the
     * reference weights {@code wRef[i][q]} of the N neurons of one group.
     */
    public static double[][] fixedPoint(double[][] wRef, double gamma, double sigma2) {
        Require.nonNull("wRef", wRef);
        Require.that(wRef.length > 0, "wRef.length", wRef.length, "must be > 0");
        double f = deviationFactor(gamma, sigma2);
        int k = wRef[0].length;
        double[] mean = new double[k];
        for (double[] w : wRef) {
            Require.length("wRef[i]", w, k);
            for (int q = 0; q < k; q++) {
                mean[q] += w[q] / wRef.length;
            }
        }
        double[][] out = new double[wRef.length][k];
        for (int i = 0; i < wRef.length; i++) {
            for (int q = 0; q < k; q++) {
                out[i][q] = mean[q] + f * (wRef[i][q] - mean[q]);
            }
        }
        return out;
    }

    /** Relaxation rate {@code eta (sigma^2 + gamma)} of the deviations under gradient flow with rate {@code eta}. */
    public static double deviationRate(double eta, double gamma, double sigma2) {
        Require.positive("eta", eta);
        Require.nonNegative("gamma", gamma);
        Require.positive("sigma2", sigma2);
        return eta * (sigma2 + gamma);
    }
}

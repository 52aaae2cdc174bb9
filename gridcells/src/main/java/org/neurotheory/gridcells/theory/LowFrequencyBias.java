package org.neurotheory.gridcells.theory;

import org.neurotheory.core.Require;

/**
 * The low-frequency bias that chi creates on the circle (Appendix D.1 of the paper): for a chi
 * depending only on {@code Delta = theta - theta'}, the chi-weighted Euclidean loss is
 * {@code -sum_d w(n_d) (||a_d||^2 + ||b_d||^2)} with {@code w(n) = E[(1 - cos n Delta) chi(Delta)]}.
 * For the von-Mises-shaped {@code chi(Delta) = (e^kappa - e^(kappa cos Delta)) / (e^kappa - I_0(kappa))}
 * (zero at Delta = 0, mean one), {@code w(n) = 1 + I_n(kappa) / (e^kappa - I_0(kappa))}, decreasing in n.
 */
public final class LowFrequencyBias {
    private LowFrequencyBias() {
    }

    /** {@code chi(Delta)} with concentration kappa > 0 (kappa plays the role of 1/l). */
    public static double chi(double kappa, double delta) {
        Require.inRange("kappa", kappa, 1e-9, 50);
        return (Math.exp(kappa) - Math.exp(kappa * Math.cos(delta))) / (Math.exp(kappa) - Bessel.i(0, kappa));
    }

    /** {@code w(n) = 1 + I_n(kappa) / (e^kappa - I_0(kappa))}. */
    public static double weight(int n, double kappa) {
        Require.positive("n", n);
        Require.inRange("kappa", kappa, 1e-9, 50);
        return 1 + Bessel.i(n, kappa) / (Math.exp(kappa) - Bessel.i(0, kappa));
    }
}

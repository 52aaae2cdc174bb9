package org.neurotheory.bioplausible.conv.theory;

import org.neurotheory.core.Require;

/**
 * Stability of the discrete, single-sample Hebbian update (Pogodin et al. 2021, the sleep-phase
 * rule {@code dw_i = -eta[(z_i - zbar) x + gamma (w_i - w_i^ref)]}). The deviations from the group
 * mean follow {@code d <- (I - eta (x x^T + gamma I)) d + eta gamma d^ref}: along {@code x} the
 * factor is {@code 1 - eta |x|^2} with {@code |x|^2 ~ sigma^2 K}, so larger kernels and more input
 * channels need proportionally smaller Hebbian learning rates.
 */
public final class HebbianStability {
    private HebbianStability() {
    }

    /**
     * Mean-square stability bound of plain SGD with Gaussian inputs {@code x ~ N(0, sigma^2 I_K)}:
     * {@code E|d'|^2 = |d|^2 (1 - 2 eta sigma^2 + eta^2 sigma^4 (K + 2))} per step (for
     * {@code gamma = 0}; Gaussian fourth moment {@code E[|x|^2 (x.d)^2] = sigma^4 (K + 2) |d|^2}), so
     * the deviations shrink in mean square iff {@code eta < 2 / (sigma^2 (K + 2))}.
     */
    public static double meanSquareBound(int inputs, double sigma2) {
        Require.positive("inputs", inputs);
        Require.positive("sigma2", sigma2);
        return 2.0 / (sigma2 * (inputs + 2));
    }

    /** Per-step growth factor of {@code E|d|^2} for plain SGD at rate {@code eta} (see {@link #meanSquareBound}). */
    public static double meanSquareGrowth(double eta, int inputs, double sigma2) {
        Require.positive("eta", eta);
        Require.positive("inputs", inputs);
        Require.positive("sigma2", sigma2);
        return 1 - 2 * eta * sigma2 + eta * eta * sigma2 * sigma2 * (inputs + 2);
    }

    /**
     * Stability bound of heavy-ball momentum {@code mu} on a direction of curvature {@code lambda}:
     * the characteristic roots of {@code p^2 - (1 + mu - eta lambda) p + mu} lie in the unit disc iff
     * {@code 0 < eta lambda < 2 (1 + mu)}. With {@code lambda = sigma^2 K} this is the bound of the
     * official toy simulation's update.
     */
    public static double heavyBallBound(double lambda, double momentum) {
        Require.positive("lambda", lambda);
        Require.inRange("momentum", momentum, 0.0, 0.999999);
        return 2 * (1 + momentum) / lambda;
    }
}

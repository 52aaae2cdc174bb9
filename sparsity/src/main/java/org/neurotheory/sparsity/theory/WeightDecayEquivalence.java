package org.neurotheory.sparsity.theory;

import org.neurotheory.core.Require;

/**
 * Weight decay on psi as a penalty on the effective weights (Schwarz et al. 2021, Sec. 3): since
 * {@code |psi| = |w|^(1/alpha)}, the L2 penalty {@code (lambda/2) sum psi^2} equals
 * {@code (lambda/2) sum |w|^q} with {@code q = 2/alpha}: {@code alpha = 2} is an L1 (lasso) penalty
 * on w, {@code alpha > 2} a non-convex L_q quasi-norm ({@code q < 1}), more sparsity-inducing.
 * The training in this module uses no weight decay (as the paper's code); this class states what
 * decay would mean if added.
 */
public final class WeightDecayEquivalence {
    private WeightDecayEquivalence() {
    }

    /** The exponent {@code q = 2/alpha} of the equivalent penalty on w. */
    public static double exponent(double alpha) {
        RichGetRicher.checkAlpha(alpha);
        return 2 / alpha;
    }

    /** {@code (lambda/2) sum psi_i^2}. */
    public static double penaltyOnPsi(double[] psi, double lambda) {
        Require.nonNegative("lambda", lambda);
        double s = 0;
        for (double p : psi) {
            s += p * p;
        }
        return 0.5 * lambda * s;
    }

    /** {@code (lambda/2) sum |w_i|^(2/alpha)}. */
    public static double penaltyOnWeights(double[] weights, double lambda, double alpha) {
        Require.nonNegative("lambda", lambda);
        double q = exponent(alpha);
        double s = 0;
        for (double w : weights) {
            s += Math.pow(Math.abs(w), q);
        }
        return 0.5 * lambda * s;
    }

    /**
     * Gradient of the w-space penalty with respect to w, {@code (lambda q/2) sign(w) |w|^(q-1)}: the
     * force decay exerts on a weight, infinite at {@code w = 0} for {@code alpha > 2}.
     */
    public static double weightGradient(double w, double lambda, double alpha) {
        Require.nonNegative("lambda", lambda);
        double q = exponent(alpha);
        return 0.5 * lambda * q * Math.signum(w) * Math.pow(Math.abs(w), q - 1);
    }
}

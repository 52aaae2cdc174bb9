package org.neurotheory.sparsity.theory;

import org.neurotheory.core.Require;

/**
 * The "rich get richer" dynamics of Powerpropagation (Schwarz et al. 2021, Sec. 3, Eqs. for the
 * gradient of {@code w = psi |psi|^(alpha-1)}): closed forms written with {@link Math#pow}, the
 * reference that the model's fast code is tested against.
 *
 * <ul>
 *   <li>gradient scaling {@code dL/dpsi = alpha |psi|^(alpha-1) dL/dw};</li>
 *   <li>the effective per-weight learning rate in weight space, to first order in the step
 *       {@code eta}: {@code Delta w = -eta alpha^2 |w|^p g} with {@code p = 2 - 2/alpha};</li>
 *   <li>the exact single gradient step {@code psi' = psi - eta alpha |psi|^(alpha-1) g},
 *       {@code w' = psi' |psi'|^(alpha-1)};</li>
 *   <li>the relative rate {@code (1/|w|) d|w|/dt = alpha^2 |g| |w|^(1-2/alpha)}, which says how
 *       the time to change a weight by a fixed factor scales with its size.</li>
 * </ul>
 * Static methods, inputs first; {@code alpha >= 1} throughout ({@code alpha = 1} is the ordinary
 * network).
 */
public final class RichGetRicher {
    private RichGetRicher() {
    }

    /** Effective weight {@code w = sign(psi) |psi|^alpha}. */
    public static double weight(double psi, double alpha) {
        checkAlpha(alpha);
        return Math.signum(psi) * Math.pow(Math.abs(psi), alpha);
    }

    /** Inverse map {@code psi = sign(w) |w|^(1/alpha)} (the initialiser's map, Sec. 2.3). */
    public static double psi(double weight, double alpha) {
        checkAlpha(alpha);
        return Math.signum(weight) * Math.pow(Math.abs(weight), 1 / alpha);
    }

    /** {@code dw/dpsi = alpha |psi|^(alpha-1)}; zero at {@code psi = 0} for {@code alpha > 1}. */
    public static double gradientScale(double psi, double alpha) {
        checkAlpha(alpha);
        return alpha == 1 ? 1 : alpha * Math.pow(Math.abs(psi), alpha - 1);
    }

    /** {@code dL/dpsi = alpha |psi|^(alpha-1) g} for the weight gradient {@code g = dL/dw}. */
    public static double psiGradient(double psi, double weightGradient, double alpha) {
        return gradientScale(psi, alpha) * weightGradient;
    }

    /** The exponent {@code p = 2 - 2/alpha} of the effective learning rate, in {@code [0, 2)}. */
    public static double exponent(double alpha) {
        checkAlpha(alpha);
        return 2 - 2 / alpha;
    }

    /**
     * Effective learning rate of weight {@code w} in weight space, {@code eta alpha^2 |w|^(2-2/alpha)}
     * (first order in {@code eta}): {@code alpha = 2} gives {@code 4 eta |w|}.
     */
    public static double effectiveLearningRate(double weight, double eta, double alpha) {
        Require.positive("eta", eta);
        return eta * alpha * alpha * Math.pow(Math.abs(weight), exponent(alpha));
    }

    /** One exact gradient step in psi-space: {@code psi - eta alpha |psi|^(alpha-1) g}. */
    public static double stepPsi(double psi, double weightGradient, double eta, double alpha) {
        Require.positive("eta", eta);
        return psi - eta * psiGradient(psi, weightGradient, alpha);
    }

    /** The effective weight after one exact gradient step taken from weight {@code w}. */
    public static double stepWeight(double weight, double weightGradient, double eta, double alpha) {
        return weight(stepPsi(psi(weight, alpha), weightGradient, eta, alpha), alpha);
    }

    /**
     * Relative growth rate {@code (1/|w|) d|w|/dt = alpha^2 |g| |w|^(1-2/alpha)} under gradient flow
     * with an outward gradient of size {@code |g|} (Sec. 3, time to move).
     */
    public static double relativeRate(double weight, double gradientSize, double alpha) {
        Require.nonNegative("gradientSize", gradientSize);
        return alpha * alpha * gradientSize * Math.pow(Math.abs(weight), 1 - 2 / alpha);
    }

    static void checkAlpha(double alpha) {
        Require.that(alpha >= 1 && Double.isFinite(alpha), "alpha", alpha, "must be finite and >= 1");
    }
}

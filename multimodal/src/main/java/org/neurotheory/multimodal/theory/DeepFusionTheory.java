package org.neurotheory.multimodal.theory;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.neurotheory.core.Require;

/**
 * Time ratio of a depth-L linear fusion network with fusion layer L_f on the scalar toy (paper
 * Sec. 4; §3.5, Eqs. E3-E6; the official {@code lag_depth}), from aligned balanced init of
 * per-layer norm u0. With {@code a = r^2 + rho r}, {@code b = 1 + rho r}, {@code kappa = b/a}:
 * <pre>
 *   t_A = int_{u0}^{1} du / (a u^{L_f-1} (u^2 + u_B(u)^2)^{(L-L_f)/2})           (E5)
 *   u_B(u): ln u_B = kappa ln u + (1-kappa) ln u0 (L_f = 2),
 *           u_B^{2-L_f} = kappa u^{2-L_f} + (1-kappa) u0^{2-L_f} (L_f > 2)       (E4)
 *   dt   = ln(1/u_B0) (1+rho/r)^{L_f/L-1} / (1-rho^2)                  (L_f = 2)
 *        = u_B0^{2-L_f} (1+rho/r)^{L_f/L-1} / ((L_f-2)(1-rho^2))        (L_f > 2)
 *   t_B/t_A = 1 + dt / t_A                                                       (E6)
 * </pre>
 * with {@code ln(1/u_B0) = (1-kappa) ln(1/u0)} for L_f = 2 and
 * {@code u_B0 = u0 (1-kappa)^{1/(2-L_f)}} for L_f > 2. Early fusion (L_f = 1) gives 1, late fusion
 * (L_f = L) gives the two-layer value {@code 1 + (r^2-1)/(1-rho^2)}, as in the code.
 *
 * @param depth  L >= 2
 * @param fusion L_f in [1, L]
 * @param ratio  r = sigma_A / sigma_B >= 1 (A learned first)
 * @param rho    correlation in (-1, 1)
 * @param u0     per-layer initial norm in (0, 1)
 */
public record DeepFusionTheory(int depth, int fusion, double ratio, double rho, double u0) {
    public DeepFusionTheory {
        Require.that(depth >= 2, "depth", depth, "must be >= 2");
        Require.inRange("fusion", fusion, 1, depth);
        Require.that(ratio >= 1 && Double.isFinite(ratio), "ratio", ratio, "must be in [1, inf) (A learned first)");
        Require.openRange("rho", rho, -1, 1);
        Require.openRange("u0", u0, 0, 1);
    }

    /** {@code a = Sigma_yxA = r^2 + rho r}. */
    public double correlationA() {
        return ratio * ratio + rho * ratio;
    }

    /** {@code b = Sigma_yxB = 1 + rho r}. */
    public double correlationB() {
        return 1 + rho * ratio;
    }

    /** u_B as a function of u_A during phase 1 (E4). */
    public double partnerNorm(double u) {
        double kappa = correlationB() / correlationA();
        if (fusion == 2) {
            return Math.exp(kappa * Math.log(u) + (1 - kappa) * Math.log(u0));
        }
        double q = 2 - fusion;
        return Math.pow(kappa * Math.pow(u, q) + (1 - kappa) * Math.pow(u0, q), 1 / q);
    }

    /**
     * The t_A integral I of (E5), for 1 < L_f <= L (for L_f = L it is
     * {@code (u0^{2-L} - 1)/((L-2) a)}, or {@code ln(1/u0)/a} at L = 2); evaluated in {@code ln u}
     * by Gauss-Legendre.
     */
    public double learningTimeA() {
        Require.that(fusion > 1, "fusion", fusion, "must be > 1 for E5 (early fusion has no separate A path)");
        double a = correlationA();
        IterativeLegendreGaussIntegrator gauss = new IterativeLegendreGaussIntegrator(32, 1e-12, 1e-14);
        return gauss.integrate(10_000_000, v -> {
            double u = Math.exp(v);
            double ub = partnerNorm(u);
            return u / (a * Math.pow(u, fusion - 1) * Math.pow(u * u + ub * ub, 0.5 * (depth - fusion)));
        }, Math.log(u0), 0);
    }

    /** Phase-2 duration dt (B learned on the residual), for 1 < L_f < L. */
    public double phaseTwoDuration() {
        Require.that(fusion > 1 && fusion < depth, "fusion", fusion, "must be intermediate (1 < L_f < L)");
        double kappa = correlationB() / correlationA();
        double drive = Math.pow(1 + rho / ratio, (double) fusion / depth - 1) / (1 - rho * rho);
        if (fusion == 2) {
            return Math.log(1 / u0) * (1 - kappa) * drive;
        }
        double ub0 = u0 * Math.pow(1 - kappa, 1.0 / (2 - fusion));
        return Math.pow(ub0, 2 - fusion) * drive / (fusion - 2);
    }

    /** The time ratio t_B / t_A (E6). */
    public double timeRatio() {
        if (fusion == 1) {
            return 1;
        }
        if (fusion == depth) {
            return UnimodalPhaseTheory.toyTimeRatio(ratio, rho);
        }
        return 1 + phaseTwoDuration() / learningTimeA();
    }
}

package org.neurotheory.core.dln;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.neurotheory.core.Require;

/**
 * One mode of a depth-L linear network from balanced, aligned initialisation: with mode strength
 * u (the product of the L per-layer strengths) and singular value s,
 * <pre>  tau du/dt = L u^{2 - 2/L} (s - u)</pre>
 * (Saxe et al. 2014, Eq. (12); Arora et al. 2018). L = 1 is linear regression, L = 2 gives
 * {@link SaxeModeSolution}. The time to go from u0 to u1 is the integral
 * {@code tau int_{u0}^{u1} du / (L u^{2-2/L} (s - u))}, evaluated in {@code v = ln u}.
 */
public final class DeepModeDynamics {
    private DeepModeDynamics() {
    }

    /** Right-hand side {@code du/dt}. */
    public static double rate(double u, double s, int depth, double tau) {
        return depth * Math.pow(u, 2 - 2.0 / depth) * (s - u) / tau;
    }

    /** Time for the mode to grow from {@code u0} to {@code u1}, {@code 0 < u0 < u1 < s}. */
    public static double timeToReach(double s, double u0, double u1, int depth, double tau) {
        Require.positive("s", s);
        Require.openRange("u0", u0, 0, s);
        Require.openRange("u1", u1, u0, s);
        Require.positive("depth", depth);
        Require.positive("tau", tau);
        if (depth == 2) {
            return SaxeModeSolution.timeToReach(s, u0, u1, tau);
        }
        IterativeLegendreGaussIntegrator gauss = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-14);
        double p = 1 - 2.0 / depth;
        return tau * gauss.integrate(1_000_000, v -> {
            double u = Math.exp(v);
            return 1.0 / (depth * Math.pow(u, p) * (s - u));
        }, Math.log(u0), Math.log(u1));
    }
}

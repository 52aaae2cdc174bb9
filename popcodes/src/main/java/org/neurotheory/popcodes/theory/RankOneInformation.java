package org.neurotheory.popcodes.theory;

import org.neurotheory.core.Require;

/**
 * Closed forms for covariances with one structured direction (E3, R6, R8), by
 * Sherman-Morrison. They are the reference the general {@link FisherSolver} is tested against.
 */
public final class RankOneInformation {
    private RankOneInformation() {
    }

    /**
     * R8: {@code f'^T (d I + eps u u^T)^{-1} f' = (|f'|^2/d) (d + eps sin^2 theta)/(d + eps)} for a
     * unit vector {@code u} at angle theta to {@code f'}; isotropic downstream noise {@code sigma2}
     * replaces {@code d} by {@code d + sigma2}.
     *
     * @param signalNorm2 {@code |f'|^2 > 0}
     * @param d           private variance, {@code > 0}
     * @param eps         variance added along u, {@code > -d}
     * @param cos2        {@code cos^2 theta} in [0, 1]
     */
    public static double information(double signalNorm2, double d, double eps, double cos2) {
        Require.positive("signalNorm2", signalNorm2);
        Require.positive("d", d);
        Require.that(eps > -d && Double.isFinite(eps), "eps", eps, "must be finite and > -d = " + (-d));
        Require.probability("cos2", cos2);
        return signalNorm2 / d * (d + eps * (1 - cos2)) / (d + eps);
    }

    /** E3: information with differential correlations, {@code I_0 / (1 + eps I_0)}. */
    public static double differential(double baseInformation, double eps) {
        Require.positive("baseInformation", baseInformation);
        Require.that(1 + eps * baseInformation > 0 && Double.isFinite(eps), "eps", eps,
                "must be finite and > -1/I_0 = " + (-1 / baseInformation));
        return baseInformation / (1 + eps * baseInformation);
    }

    /**
     * R6: the reciprocal loss {@code 1/I_y - 1/I_x} for {@code Sigma_xi = Sigma_0 + eps f'f'^T};
     * it equals {@code 1/(f'^T (Sigma_0+Sigma_y)^{-1} f') - 1/(f'^T Sigma_0^{-1} f')} and does not
     * depend on eps.
     *
     * @param baseInput  {@code f'^T Sigma_0^{-1} f'}
     * @param baseOutput {@code f'^T (Sigma_0 + Sigma_y)^{-1} f'}
     */
    public static double differentialLoss(double baseInput, double baseOutput) {
        Require.positive("baseInput", baseInput);
        Require.positive("baseOutput", baseOutput);
        return 1.0 / baseOutput - 1.0 / baseInput;
    }

    /**
     * The differential strength that gives input information {@code targetIx} on top of private
     * variance d along the signal (§4.1, green population): {@code eps = |f'|^2 / I_x - d}.
     */
    public static double differentialStrengthFor(double signalNorm2, double d, double targetIx) {
        Require.positive("signalNorm2", signalNorm2);
        Require.positive("d", d);
        Require.positive("targetIx", targetIx);
        return signalNorm2 / targetIx - d;
    }
}

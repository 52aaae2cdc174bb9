package org.neurotheory.cortex.theory;

import org.neurotheory.core.Require;
import org.neurotheory.cortex.model.Couplings;
import org.neurotheory.cortex.model.NetworkParameters;

/**
 * Large-K balanced solution (van Vreeswijk and Sompolinsky; §3.1): the O(sqrt K) mean
 * inputs cancel, {@code W nu + W_X nu_X = 0} with {@code W_ab = tau_m K_ab J_ab}, so
 * {@code nu = -W^{-1} W_X nu_X}. Returns rates per unit external rate.
 */
public final class BalancedState {
    private BalancedState() {
    }

    /** {@code (nu_E/nu_X, nu_I/nu_X)} of the balanced state. */
    public static double[] ratesPerInput(NetworkParameters p) {
        Require.nonNull("p", p);
        Couplings j = p.j();
        double wEE = p.kE() * j.jEE();
        double wEI = p.kI() * j.jEI();
        double wEX = p.kX() * j.jEX();
        double wIE = p.kE() * j.jIE();
        double wII = p.kI() * j.jII();
        double wIX = p.kX() * j.jIX();
        double det = wEE * wII - wEI * wIE;
        Require.that(Math.abs(det) > 1e-12, "det W", det, "must be non-zero");
        // -W^{-1} W_X with W^{-1} = [[wII, -wEI], [-wIE, wEE]] / det
        double e = -(wII * wEX - wEI * wIX) / det;
        double i = -(-wIE * wEX + wEE * wIX) / det;
        return new double[] {e, i};
    }

    /**
     * Whether the balanced state has positive rates and is stable,
     * {@code w_EX/w_IX > w_EI/w_II > w_EE/w_IE} with {@code w = |W|}.
     */
    public static boolean isStableAndPositive(NetworkParameters p) {
        Couplings j = p.j();
        double a = (p.kX() * j.jEX()) / (p.kX() * j.jIX());
        double b = (p.kI() * -j.jEI()) / (p.kI() * -j.jII());
        double c = (p.kE() * j.jEE()) / (p.kE() * j.jIE());
        return a > b && b > c;
    }
}

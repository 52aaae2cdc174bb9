package org.neurotheory.gridcells.theory;

import org.neurotheory.core.Require;

/**
 * The kernel loss on the circle for a code with orthogonal frequencies (Appendix E of the paper):
 * with {@code ||g(theta) - g(theta')||^2 = sum_d 2 rho_d^2 (1 - cos n_d Delta)} and
 * {@code z_d = rho_d^2 / sigma^2}, the loss {@code L = E_Delta prod_d e^(-z_d) e^(z_d cos n_d Delta)}
 * expands through {@code e^(z cos phi) = I_0(z) + 2 sum_m I_m(z) cos(m phi)} into
 * Term A {@code prod_d e^(-z_d) I_0(z_d)} (favours many frequencies of moderate amplitude) times
 * {@code 1 + 2 sum_{d<e} sum_{m,m'} r_dm r_em' 1{m n_d = m' n_e} + ...}, {@code r_dm = I_m(z_d)/I_0(z_d)}:
 * a penalty on simple harmonic ratios between frequencies (paper Fig. 4C, 14).
 */
public final class HarmonicExpansion {
    private static final int TERMS = 40;

    private HarmonicExpansion() {
    }

    /** The exact loss by quadrature over Delta (trapezoid rule on the periodic integrand: spectrally accurate). */
    public static double exact(int[] freqs, double[] z, int points) {
        check(freqs, z);
        Require.that(points >= 16, "points", points, "must be >= 16");
        double s = 0;
        for (int i = 0; i < points; i++) {
            double delta = 2 * Math.PI * i / points;
            double e = 0;
            for (int d = 0; d < freqs.length; d++) {
                e += z[d] * (Math.cos(freqs[d] * delta) - 1);
            }
            s += Math.exp(e);
        }
        return s / points;
    }

    /** Term A: {@code prod_d e^(-z_d) I_0(z_d)}. */
    public static double termA(double[] z) {
        double p = 1;
        for (double v : z) {
            Require.nonNegative("z", v);
            p *= Math.exp(-v) * Bessel.i(0, v);
        }
        return p;
    }

    /** Term A times (1 + the second-order harmonic-coincidence penalty). */
    public static double secondOrder(int[] freqs, double[] z) {
        check(freqs, z);
        double pen = 0;
        for (int d = 0; d < freqs.length; d++) {
            for (int e = d + 1; e < freqs.length; e++) {
                for (int m = 1; m <= TERMS; m++) {
                    for (int mp = 1; mp <= TERMS; mp++) {
                        if (m * freqs[d] == mp * freqs[e]) {
                            pen += ratio(m, z[d]) * ratio(mp, z[e]);
                        }
                    }
                }
            }
        }
        return termA(z) * (1 + 2 * pen);
    }

    /** {@code r_m(z) = I_m(z) / I_0(z)} (paper Fig. 14C). */
    public static double ratio(int m, double z) {
        return Bessel.i(m, z) / Bessel.i(0, z);
    }

    private static void check(int[] freqs, double[] z) {
        Require.that(freqs.length == z.length && freqs.length > 0, "freqs.length", freqs.length, "must equal z.length and be > 0");
        for (int f : freqs) {
            Require.positive("freq", f);
        }
    }
}

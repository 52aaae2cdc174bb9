package org.neurotheory.gridcells.theory;

import org.neurotheory.core.Require;

/**
 * Losses under a Gaussian occupancy {@code x, x' ~ Normal(0, L^2 I)} (Appendix D.2-D.3 of the
 * paper). With {@code chi = 1 - exp(-|x - x'|^2 / (2 l^2))} the chi-weighted Euclidean loss of a
 * code {@code g = a_0 + sum_d a_d cos(k_d.x) + b_d sin(k_d.x)} has the closed form
 * {@code L_1 = -[F(2L^2, 1) - F(s_chi^2, Z)]}, {@code s_chi^2 = 2 L^2 l^2 / (l^2 + 2 L^2)},
 * {@code Z = (l^2 / (l^2 + 2L^2))^(dim/2)},
 * {@code F(s^2, Z) = Z sum_de E_v(d,e; s^2) [(a_d.a_e) E_ss + (b_d.b_e) E_cc]},
 * {@code E_v = 2[exp(-|k_d-k_e|^2 s^2/8) - exp(-|k_d+k_e|^2 s^2/8)]},
 * {@code E_ss, E_cc = [exp(-|k_d-k_e|^2 L^2/4) -/+ exp(-|k_d+k_e|^2 L^2/4)]/2}.
 * For one frequency with balanced phases the loss is {@code -P beta(|k|)} with
 * {@code beta(k) = (1 - e^(-k^2 L^2)) - Z (1 - e^(-k^2 s_chi^2 / 2))}: the Goldilocks annulus
 * {@code 1/L <~ |k| <~ 1/l}.
 */
public final class GaussianOccupancy {
    private GaussianOccupancy() {
    }

    /**
     * The exact {@code L_1 = -E ||g(x) - g(x')||^2 chi(x, x')}; without chi ({@code withChi = false})
     * the Euclidean loss {@code L_p}.
     *
     * @param a    cos coefficients, D rows of N values ({@code a[d][n]})
     * @param b    sin coefficients, same shape
     * @param k    frequencies, D rows of dim values
     */
    public static double euclideanLoss(double[][] a, double[][] b, double[][] k, double occupancyStd, double chiLength,
                                       boolean withChi) {
        Require.positive("occupancyStd", occupancyStd);
        Require.positive("chiLength", chiLength);
        Require.that(a.length == b.length && a.length == k.length && a.length > 0, "a.length", a.length,
                "must equal b.length and k.length and be > 0");
        int dim = k[0].length;
        double l2 = occupancyStd * occupancyStd;
        double c2 = chiLength * chiLength;
        double full = f(a, b, k, 2 * l2, 1, l2);
        if (!withChi) {
            return -full;
        }
        double sChi = 2 * l2 * c2 / (c2 + 2 * l2);
        double z = Math.pow(c2 / (c2 + 2 * l2), dim / 2.0);
        return -(full - f(a, b, k, sChi, z, l2));
    }

    private static double f(double[][] a, double[][] b, double[][] k, double s2, double z, double l2) {
        double sum = 0;
        for (int d = 0; d < k.length; d++) {
            for (int e = 0; e < k.length; e++) {
                double dm = 0;
                double dp = 0;
                for (int j = 0; j < k[d].length; j++) {
                    dm += (k[d][j] - k[e][j]) * (k[d][j] - k[e][j]);
                    dp += (k[d][j] + k[e][j]) * (k[d][j] + k[e][j]);
                }
                double ev = 2 * (Math.exp(-dm * s2 / 8) - Math.exp(-dp * s2 / 8));
                double ess = 0.5 * (Math.exp(-dm * l2 / 4) - Math.exp(-dp * l2 / 4));
                double ecc = 0.5 * (Math.exp(-dm * l2 / 4) + Math.exp(-dp * l2 / 4));
                sum += ev * (dot(a[d], a[e]) * ess + dot(b[d], b[e]) * ecc);
            }
        }
        return z * sum;
    }

    /** {@code beta(|k|)} of one balanced frequency: the Goldilocks weight (paper Fig. 4A, 13D). */
    public static double beta(double k, double occupancyStd, double chiLength, int dim) {
        Require.nonNegative("k", k);
        Require.positive("occupancyStd", occupancyStd);
        Require.positive("chiLength", chiLength);
        Require.inRange("dim", dim, 1, 3);
        double l2 = occupancyStd * occupancyStd;
        double c2 = chiLength * chiLength;
        double sChi = chiVariance(l2, c2);
        double z = chiMass(l2, c2, dim);
        return (1 - Math.exp(-k * k * l2)) - z * (1 - Math.exp(-k * k * sChi / 2));
    }

    /**
     * Where {@link #beta} peaks, in closed form: setting its derivative to zero gives
     * {@code k*^2 = ln(2 L^2 / (Z s^2)) / (L^2 - s^2 / 2)} with {@code s^2 = 2 L^2 l^2 / (l^2 + 2 L^2)} and
     * {@code Z = (l^2 / (l^2 + 2 L^2))^(dim/2)} (Section 3.2: the best single frequency of the
     * Goldilocks annulus; 2.22 for L = 1, l = 0.5 in 2-D).
     */
    public static double betaPeak(double occupancyStd, double chiLength, int dim) {
        Require.positive("occupancyStd", occupancyStd);
        Require.positive("chiLength", chiLength);
        Require.inRange("dim", dim, 1, 3);
        double l2 = occupancyStd * occupancyStd;
        double c2 = chiLength * chiLength;
        double sChi = chiVariance(l2, c2);
        double z = chiMass(l2, c2, dim);
        double log = Math.log(2 * l2 / (z * sChi));
        Require.that(log > 0, "chiLength", chiLength, "must leave beta a peak (here ln(2 L^2 / (Z s^2)) = " + log + " <= 0)");
        return Math.sqrt(log / (l2 - sChi / 2));
    }

    /** {@code s^2 = 2 L^2 l^2 / (l^2 + 2 L^2)}: the variance of the chi-weighted displacement (Section 3.2). */
    private static double chiVariance(double l2, double c2) {
        return 2 * l2 * c2 / (c2 + 2 * l2);
    }

    /** {@code Z = (l^2 / (l^2 + 2 L^2))^(dim/2)}: the chi weighting's mass under the occupancy (Section 3.2). */
    private static double chiMass(double l2, double c2, int dim) {
        return Math.pow(c2 / (c2 + 2 * l2), dim / 2.0);
    }

    /** Weight of a cosine component of frequency w when phases decouple: {@code (1 - e^(-w^2 L^2))^2} (paper Fig. 13C). */
    public static double cosineWeight(double w, double occupancyStd) {
        double e = Math.exp(-w * w * occupancyStd * occupancyStd);
        return (1 - e) * (1 - e);
    }

    /** Weight of a sine component: {@code 1 - e^(-2 w^2 L^2)}. */
    public static double sineWeight(double w, double occupancyStd) {
        return 1 - Math.exp(-2 * w * w * occupancyStd * occupancyStd);
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}

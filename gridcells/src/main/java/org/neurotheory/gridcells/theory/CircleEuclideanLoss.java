package org.neurotheory.gridcells.theory;

import org.neurotheory.core.Require;

/**
 * The Euclidean loss on the circle (eq. 7-8, Appendix C of the paper): for a code with distinct
 * integer frequencies and {@code theta, theta'} uniform,
 * {@code L_0 = -E ||g(theta) - g(theta')||^2 = -sum_d (||a_d||^2 + ||b_d||^2)}, and the summed
 * mean square is {@code ||a_0||^2 + (1/2) sum_d (||a_d||^2 + ||b_d||^2)}; under the unit
 * mean-square bound {@code L_0 = 2 (||a_0||^2 - N)}: minimising L_0 means shrinking the constant,
 * which only non-negativity resists.
 */
public final class CircleEuclideanLoss {
    private CircleEuclideanLoss() {
    }

    /** {@code -sum_d (||a_d||^2 + ||b_d||^2)}; a and b are D rows of N coefficients. */
    public static double loss(double[][] a, double[][] b) {
        Require.that(a.length == b.length, "a.length", a.length, "must equal b.length = " + b.length);
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            for (int n = 0; n < a[d].length; n++) {
                s += a[d][n] * a[d][n] + b[d][n] * b[d][n];
            }
        }
        return -s;
    }

    /** Summed mean square {@code ||a_0||^2 + (1/2) sum_d (||a_d||^2 + ||b_d||^2)}. */
    public static double meanSquare(double[] a0, double[][] a, double[][] b) {
        double s = 0;
        for (double v : a0) {
            s += v * v;
        }
        return s - 0.5 * loss(a, b);
    }
}

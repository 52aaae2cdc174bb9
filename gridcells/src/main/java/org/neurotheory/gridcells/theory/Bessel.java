package org.neurotheory.gridcells.theory;

import org.apache.commons.math3.special.BesselJ;
import org.neurotheory.core.Require;

/**
 * Modified Bessel functions of the first kind {@code I_n(z)} (series, adequate for the
 * {@code z <= 50} used here) and the first-kind {@code J_1} through Commons Math.
 */
public final class Bessel {
    private Bessel() {
    }

    /** {@code I_n(z) = sum_k (z/2)^(2k+n) / (k! (k+n)!)}, n >= 0, 0 <= z <= 50. */
    public static double i(int n, double z) {
        Require.nonNegative("n", n);
        Require.inRange("z", z, 0, 50);
        if (z == 0) {
            return n == 0 ? 1 : 0;
        }
        double half = z / 2;
        double term = Math.exp(n * Math.log(half) - logFactorial(n));
        double sum = term;
        for (int k = 1; k < 500; k++) {
            term *= half * half / (k * (double) (k + n));
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }

    /** {@code J_1(x)}. */
    public static double j1(double x) {
        return x < 0 ? -BesselJ.value(1, -x)
                : BesselJ.value(1, x);
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int i = 2; i <= n; i++) {
            s += Math.log(i);
        }
        return s;
    }
}

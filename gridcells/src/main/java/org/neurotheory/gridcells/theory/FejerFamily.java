package org.neurotheory.gridcells.theory;

import org.neurotheory.core.Require;

/**
 * Non-negative tuning curves from phase-aligned harmonics (Section 3.1 of the paper, Fig. 3B):
 * the Fejer kernel {@code F_D(theta) = 1 + 2 sum_{d=1..D} (1 - d/(D+1)) cos(d theta) >= 0}
 * (minimum exactly 0). Rescaled to unit mean square, its constant carries the fraction
 * {@code a_0^2 = 1 / (1 + 2 sum_d (1 - d/(D+1))^2)} of the budget: 2/3 for one frequency, falling
 * as harmonics are added, so a lattice of harmonics wastes less of the budget on the offset.
 */
public final class FejerFamily {
    private FejerFamily() {
    }

    /** {@code F_D(theta)}. */
    public static double kernel(int harmonics, double theta) {
        Require.positive("harmonics", harmonics);
        double s = 1;
        for (int d = 1; d <= harmonics; d++) {
            s += 2 * (1 - d / (harmonics + 1.0)) * Math.cos(d * theta);
        }
        return s;
    }

    /** The kernel rescaled to unit mean square over the circle. */
    public static double unitMeanSquare(int harmonics, double theta) {
        return kernel(harmonics, theta) * Math.sqrt(constantFraction(harmonics));
    }

    /** Constant fraction {@code a_0^2} of the unit-mean-square Fejer kernel. */
    public static double constantFraction(int harmonics) {
        Require.positive("harmonics", harmonics);
        double s = 1;
        for (int d = 1; d <= harmonics; d++) {
            double c = 1 - d / (harmonics + 1.0);
            s += 2 * c * c;
        }
        return 1 / s;
    }
}

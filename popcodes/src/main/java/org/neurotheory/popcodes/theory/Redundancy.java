package org.neurotheory.popcodes.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;

/**
 * Redundant versus synergistic codes (E2, R9). The trial-shuffled information keeps the
 * tuning curves and variances and drops the correlations,
 * {@code I_shuf = sum_i f'_i^2 / Sigma_ii}; a code is redundant when {@code I_x < I_shuf} and
 * synergistic when {@code I_x > I_shuf}.
 */
public final class Redundancy {
    private Redundancy() {
    }

    /** Eq. E2: trial-shuffled information. */
    public static double shuffledInformation(double[] signal, DMatrixRMaj covariance) {
        Require.allFinite("signal", signal);
        Require.nonNull("covariance", covariance);
        Require.that(covariance.numRows == signal.length && covariance.numCols == signal.length,
                "covariance shape", covariance.numRows + "x" + covariance.numCols,
                "must be " + signal.length + "x" + signal.length);
        double sum = 0;
        for (int i = 0; i < signal.length; i++) {
            double v = covariance.get(i, i);
            Require.that(v > 0, "covariance[" + i + "][" + i + "]", v, "must be > 0 (a variance)");
            sum += signal[i] * signal[i] / v;
        }
        return sum;
    }

    /** Synergy ratio {@code I_x / I_shuf}: below 1 redundant, above 1 synergistic. */
    public static double synergyRatio(double inputInformation, double shuffledInformation) {
        Require.positive("inputInformation", inputInformation);
        Require.positive("shuffledInformation", shuffledInformation);
        return inputInformation / shuffledInformation;
    }
}

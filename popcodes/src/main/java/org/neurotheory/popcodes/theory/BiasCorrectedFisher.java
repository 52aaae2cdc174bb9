package org.neurotheory.popcodes.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;

/**
 * Monte-Carlo estimate of linear Fisher information from T trials at each of two stimuli
 * {@code s -/+ ds/2}, bias-corrected as in Kanitscheider, Coen-Cagli, Kohn and Pouget (2015,
 * PLoS Comput Biol 11:e1004218, Eqs. 11-12):
 * {@code I_bc = I_naive (2T - N - 3)/(2T - 2) - 2N/(T ds^2)}, where
 * {@code I_naive = Dmu^T S^{-1} Dmu / ds^2} uses the sample means and the pooled unbiased sample
 * covariance S. Its variance for Gaussian responses is
 * {@code 2 I^2/(2T - N - 5) [1 + 4(2T - 3)/(T I ds^2) + 4N(2T - 3)/(T I ds^2)^2]}.
 *
 * @param value          bias-corrected estimate {@code I_bc}
 * @param standardError  square root of the variance formula at {@code I = max(I_bc, 0)}
 * @param naive          the uncorrected plug-in estimate
 * @param trials         T, trials per stimulus
 */
public record BiasCorrectedFisher(double value, double standardError, double naive, int trials) {

    /**
     * @param low   T x N responses at {@code s - ds/2}
     * @param high  T x N responses at {@code s + ds/2}
     * @param ds    stimulus difference, {@code > 0}
     */
    public static BiasCorrectedFisher estimate(DMatrixRMaj low, DMatrixRMaj high, double ds) {
        Require.nonNull("low", low);
        Require.nonNull("high", high);
        Require.positive("ds", ds);
        int t = low.numRows;
        int n = low.numCols;
        Require.that(high.numRows == t && high.numCols == n, "high shape", high.numRows + "x" + high.numCols,
                "must equal low shape " + t + "x" + n);
        Require.that(2 * t - n - 5 > 0, "trials", t, "must exceed (N + 5)/2 = " + (n + 5) / 2.0 + " for N = " + n);
        double[] meanLo = mean(low);
        double[] meanHi = mean(high);
        DMatrixRMaj pooled = new DMatrixRMaj(n, n);
        accumulateScatter(low, meanLo, pooled);
        accumulateScatter(high, meanHi, pooled);
        double norm = 1.0 / (2.0 * (t - 1));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = pooled.get(i, j) * norm;
                pooled.set(i, j, v);
                pooled.set(j, i, v);
            }
        }
        double[] slope = new double[n];
        for (int i = 0; i < n; i++) {
            slope[i] = (meanHi[i] - meanLo[i]) / ds;
        }
        double naive = FisherSolver.of(slope, pooled);
        double corrected = naive * (2.0 * t - n - 3) / (2.0 * t - 2) - 2.0 * n / (t * ds * ds);
        return new BiasCorrectedFisher(corrected, standardError(Math.max(corrected, 0), n, t, ds), naive, t);
    }

    /** The standard error formula (Kanitscheider et al. 2015, Eq. 12) for true information {@code info}. */
    public static double standardError(double info, int n, int t, double ds) {
        Require.nonNegative("info", info);
        double u = (2.0 * t - 3) / (t * ds * ds);
        // Eq. 12 multiplied out, so that it stays finite at info = 0
        return Math.sqrt(2.0 / (2.0 * t - n - 5) * (info * info + 4 * info * u + 4.0 * n * u / (t * ds * ds)));
    }

    /** Number of standard errors between this estimate and {@code expected}. */
    public double zScore(double expected) {
        return (value - expected) / standardError;
    }

    private static double[] mean(DMatrixRMaj x) {
        int t = x.numRows;
        int n = x.numCols;
        double[] m = new double[n];
        for (int r = 0; r < t; r++) {
            for (int i = 0; i < n; i++) {
                m[i] += x.data[r * n + i];
            }
        }
        for (int i = 0; i < n; i++) {
            m[i] /= t;
        }
        return m;
    }

    /** Adds {@code sum_r (x_r - m)(x_r - m)^T} into the lower triangle of {@code out}. */
    private static void accumulateScatter(DMatrixRMaj x, double[] m, DMatrixRMaj out) {
        int t = x.numRows;
        int n = x.numCols;
        double[] c = new double[n];
        for (int r = 0; r < t; r++) {
            for (int i = 0; i < n; i++) {
                c[i] = x.data[r * n + i] - m[i];
            }
            for (int i = 0; i < n; i++) {
                double ci = c[i];
                int row = i * n;
                for (int j = 0; j <= i; j++) {
                    out.data[row + j] += ci * c[j];
                }
            }
        }
    }
}

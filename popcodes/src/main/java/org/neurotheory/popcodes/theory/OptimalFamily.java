package org.neurotheory.popcodes.theory;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;

/**
 * A member of the family of first-layer covariances that maximise the propagated information
 * (R4, Eq. E9): {@code Sigma_xi = alpha Sigma_y + beta f' f'^T (+ M_perp)}, with
 * {@code alpha, beta >= 0}, {@code alpha + beta > 0}. {@code alpha = 0} is pure differential
 * correlations (Fig. 4A), {@code beta = 0} the matched configuration {@code Sigma_xi ~ Sigma_y}
 * (Fig. 4B). Closed forms: {@code I_x = J/(alpha + beta J)}, {@code I_y = J/(1 + alpha + beta J)},
 * so {@code 1/I_y = 1/I_x + 1/J}, the bound of Eq. E7.
 *
 * @param alpha weight of the matched part, {@code >= 0}
 * @param beta  weight of the differential part, {@code >= 0}
 */
public record OptimalFamily(double alpha, double beta) {
    public OptimalFamily {
        Require.nonNegative("alpha", alpha);
        Require.nonNegative("beta", beta);
        Require.that(alpha + beta > 0, "alpha + beta", alpha + beta, "must be > 0");
    }

    /**
     * The member with matched weight {@code alpha} whose input information is {@code targetIx}:
     * {@code beta = 1/I_x* - alpha/J} (R4), which requires {@code alpha <= J / I_x*}.
     */
    public static OptimalFamily forInputInformation(double alpha, double targetIx, double j) {
        Require.nonNegative("alpha", alpha);
        Require.positive("targetIx", targetIx);
        Require.positive("j", j);
        Require.that(alpha <= j / targetIx * (1 + 1e-12), "alpha", alpha,
                "must be <= J / targetIx = " + j / targetIx + " (beta would be negative)");
        return new OptimalFamily(alpha, Math.max(0.0, 1.0 / targetIx - alpha / j));
    }

    /** Eq. E9: {@code I_x = J / (alpha + beta J)}. */
    public double inputInformation(double j) {
        Require.positive("j", j);
        return j / (alpha + beta * j);
    }

    /** Eq. E9: {@code I_y = J / (1 + alpha + beta J)}. */
    public double outputInformation(double j) {
        Require.positive("j", j);
        return j / (1 + alpha + beta * j);
    }

    /** {@code alpha Sigma_y + beta f' f'^T} (singular when {@code alpha = 0}: add a small ridge before solving). */
    public DMatrixRMaj covariance(DMatrixRMaj effectiveNoise, double[] signal) {
        Require.nonNull("effectiveNoise", effectiveNoise);
        Require.length("signal", signal, effectiveNoise.numRows);
        int n = signal.length;
        DMatrixRMaj c = effectiveNoise.copy();
        CommonOps_DDRM.scale(alpha, c);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                c.add(i, k, beta * signal[i] * signal[k]);
            }
        }
        return c;
    }

    /**
     * The general member {@code alpha Sigma_y + beta f'f'^T + P C C^T P}, where {@code P} projects
     * out the direction {@code Sigma_y^{-1} f'} (R4: any PSD {@code M_perp} with
     * {@code M_perp Sigma_y^{-1} f' = 0} leaves both informations unchanged).
     *
     * @param factor any n x k matrix {@code C}
     */
    public DMatrixRMaj covariance(DMatrixRMaj effectiveNoise, double[] signal, DMatrixRMaj factor) {
        Require.nonNull("factor", factor);
        Require.that(factor.numRows == signal.length, "factor.numRows", factor.numRows,
                "must equal signal.length = " + signal.length);
        int n = signal.length;
        FisherSolver solver = new FisherSolver(n);
        solver.information(signal, effectiveNoise);
        double[] d = solver.lastDecoder(new double[n]);
        double dd = 0;
        for (double v : d) {
            dd += v * v;
        }
        DMatrixRMaj p = CommonOps_DDRM.identity(n);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                p.add(i, k, -d[i] * d[k] / dd);
            }
        }
        DMatrixRMaj pc = new DMatrixRMaj(n, factor.numCols);
        CommonOps_DDRM.mult(p, factor, pc);
        DMatrixRMaj perp = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(pc, pc, perp);
        DMatrixRMaj c = covariance(effectiveNoise, signal);
        CommonOps_DDRM.addEquals(c, perp);
        return c;
    }
}

package org.neurotheory.popcodes.model;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;

/**
 * First-layer noise-covariance families (§2.3, R8): independent, isotropic, limited-range,
 * differential (information-limiting) and rank-one structured. Each returns a new symmetric
 * matrix; positive definiteness is guaranteed by the stated parameter ranges.
 */
public final class CovarianceModels {
    private CovarianceModels() {
    }

    /** Independent noise, {@code diag(variances)}, every variance {@code > 0}. */
    public static DMatrixRMaj independent(double[] variances) {
        Require.nonNull("variances", variances);
        DMatrixRMaj c = new DMatrixRMaj(variances.length, variances.length);
        for (int i = 0; i < variances.length; i++) {
            c.set(i, i, Require.positive("variances[" + i + "]", variances[i]));
        }
        return c;
    }

    /** Isotropic noise {@code variance I}. */
    public static DMatrixRMaj isotropic(int n, double variance) {
        Require.positive("n", n);
        Require.positive("variance", variance);
        double[] v = new double[n];
        Arrays.fill(v, variance);
        return independent(v);
    }

    /**
     * Limited-range correlations: {@code Sigma_ij = sqrt(v_i v_j) (delta_ij + (1 - delta_ij) c0 exp(-|phi_i - phi_j| / L))}
     * with the circular distance between preferred stimuli. The exponential kernel is positive
     * definite on the circle, so the matrix is positive definite for {@code 0 <= c0 < 1}.
     *
     * @param variances     per-neuron variances, {@code > 0}
     * @param preferred     preferred stimuli (radians), same length
     * @param c0            peak correlation, in [0, 1)
     * @param rangeRadians  correlation length L, {@code > 0}
     */
    public static DMatrixRMaj limitedRange(double[] variances, double[] preferred, double c0, double rangeRadians) {
        Require.nonNull("variances", variances);
        Require.length("preferred", preferred, variances.length);
        Require.allFinite("preferred", preferred);
        Require.that(c0 >= 0 && c0 < 1, "c0", c0, "must lie in [0, 1)");
        Require.positive("rangeRadians", rangeRadians);
        int n = variances.length;
        DMatrixRMaj c = independent(variances);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double d = Math.abs(Math.IEEEremainder(preferred[i] - preferred[j], 2 * Math.PI));
                double v = Math.sqrt(variances[i] * variances[j]) * c0 * Math.exp(-d / rangeRadians);
                c.set(i, j, v);
                c.set(j, i, v);
            }
        }
        return c;
    }

    /**
     * Eq. E3, differential (information-limiting) correlations: {@code Sigma_0 + eps f' f'^T}.
     * Positive definite when {@code Sigma_0} is and {@code eps > -1 / (f'^T Sigma_0^{-1} f')}; the
     * solver rejects it otherwise.
     */
    public static DMatrixRMaj differential(DMatrixRMaj base, double[] signal, double eps) {
        Require.nonNull("base", base);
        Require.length("signal", signal, base.numRows);
        Require.allFinite("signal", signal);
        Require.finite("eps", eps);
        Require.that(base.numCols == base.numRows, "base shape", base.numRows + "x" + base.numCols, "must be square");
        return plusOuter(base.copy(), signal, eps);
    }

    /**
     * R8: {@code d I + eps u u^T} for a unit vector u (normalised here); positive definite for
     * {@code d > 0}, {@code eps > -d}.
     */
    public static DMatrixRMaj rankOne(double d, double[] direction, double eps) {
        Require.positive("d", d);
        Require.allFinite("direction", direction);
        Require.that(eps > -d && Double.isFinite(eps), "eps", eps, "must be finite and > -d = " + (-d));
        double norm = 0;
        for (double v : direction) {
            norm += v * v;
        }
        Require.that(norm > 0, "direction", "zero vector", "must be non-zero");
        double[] u = direction.clone();
        for (int i = 0; i < u.length; i++) {
            u[i] /= Math.sqrt(norm);
        }
        return plusOuter(isotropic(u.length, d), u, eps);
    }

    private static DMatrixRMaj plusOuter(DMatrixRMaj c, double[] v, double eps) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c.data[i * n + j] += eps * v[i] * v[j];
            }
        }
        return c;
    }
}

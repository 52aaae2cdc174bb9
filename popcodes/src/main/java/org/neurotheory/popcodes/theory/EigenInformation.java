package org.neurotheory.popcodes.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;

/**
 * The eigen-decomposition view of fragility (R7, Eq. E11): with
 * {@code Sigma_xi = sum_k lambda_k v_k v_k^T}, {@code I_x = sum_k (v_k.f')^2 / lambda_k} and, under
 * isotropic downstream noise, {@code I_y(sigma2) = sum_k (v_k.f')^2 / (lambda_k + sigma2)}.
 * Directions with {@code lambda_k << sigma2} lose their information. Computing it costs one
 * symmetric eigen-decomposition, after which every noise level is O(n).
 *
 * @param variances   eigenvalues {@code lambda_k}, descending
 * @param projections {@code (v_k . f')^2}, same order
 */
public record EigenInformation(double[] variances, double[] projections) {
    public EigenInformation {
        Require.allFinite("variances", variances);
        Require.length("projections", projections, variances.length);
        for (int k = 0; k < variances.length; k++) {
            Require.that(variances[k] > 0, "variances[" + k + "]", variances[k],
                    "must be > 0 (covariance must be positive definite)");
        }
        variances = variances.clone();
        projections = projections.clone();
    }

    /** Decomposes {@code covariance} (symmetric positive definite) along the signal {@code f'}. */
    public static EigenInformation of(double[] signal, DMatrixRMaj covariance) {
        Require.allFinite("signal", signal);
        Matrices.Spectrum s = Matrices.spectrum(covariance);
        int n = signal.length;
        Require.length("covariance eigenvalues", s.values(), n);
        double[] proj = new double[n];
        for (int k = 0; k < n; k++) {
            double p = 0;
            for (int i = 0; i < n; i++) {
                p += s.vectors().get(i, k) * signal[i];
            }
            proj[k] = p * p;
        }
        return new EigenInformation(s.values(), proj);
    }

    /** Eq. E11: {@code sum_k (v_k.f')^2 / (lambda_k + sigma2)}; {@code sigma2 = 0} gives I_x. */
    public double information(double sigma2) {
        Require.nonNegative("sigma2", sigma2);
        double sum = 0;
        for (int k = 0; k < variances.length; k++) {
            sum += projections[k] / (variances[k] + sigma2);
        }
        return sum;
    }
}

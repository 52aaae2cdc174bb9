package org.neurotheory.attention.data;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;

/**
 * Input covariances of the official code's {@code gen_cov}: the default
 * {@code Lambda = Q diag(1, ..., D) Q^T / trace} with a random orthogonal Q, so {@code tr Lambda = 1}
 * and the eigenvalues are {@code (D, ..., 1) / (D (D+1) / 2)}; with {@code --white_cov}, {@code I / D}.
 */
public final class CodeCovariance {
    private CodeCovariance() {
    }

    /** The eigenvalues of the default covariance, descending: {@code lambda_d = (D + 1 - d) / (D (D+1)/2)}. */
    public static double[] defaultSpectrum(int dimension) {
        Require.positive("dimension", dimension);
        double[] l = new double[dimension];
        double total = dimension * (dimension + 1) / 2.0;
        for (int d = 0; d < dimension; d++) {
            l[d] = (dimension - d) / total;
        }
        return l;
    }

    /** The default covariance with a random rotation drawn from {@code rng}. */
    public static DMatrixRMaj spectral(int dimension, SplittableRandom rng) {
        Require.nonNull("rng", rng);
        DMatrixRMaj q = Matrices.randomOrthogonal(dimension, rng);
        DMatrixRMaj d = Matrices.diag(defaultSpectrum(dimension));
        DMatrixRMaj qd = new DMatrixRMaj(dimension, dimension);
        CommonOps_DDRM.mult(q, d, qd);
        DMatrixRMaj out = new DMatrixRMaj(dimension, dimension);
        CommonOps_DDRM.multTransB(qd, q, out);
        CommonOps_DDRM.add(out, CommonOps_DDRM.transpose(out, null), out);
        CommonOps_DDRM.scale(0.5, out);
        return out;
    }

    /** {@code I / D} (the code's {@code --white_cov}). */
    public static DMatrixRMaj white(int dimension) {
        Require.positive("dimension", dimension);
        DMatrixRMaj l = CommonOps_DDRM.identity(dimension);
        CommonOps_DDRM.scale(1.0 / dimension, l);
        return l;
    }
}

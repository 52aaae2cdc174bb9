package org.neurotheory.core.data;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;

/**
 * Samples {@code x ~ N(mean, Sigma)} as {@code mean + Sigma^{1/2} z}. Sigma may be singular
 * (positive semi-definite); its symmetric square root is computed once.
 */
public final class GaussianSampler {
    private final double[] mean;
    private final DMatrixRMaj root;

    /**
     * @param mean  mean vector
     * @param sigma covariance, symmetric positive semi-definite, size mean.length
     */
    public GaussianSampler(double[] mean, DMatrixRMaj sigma) {
        Require.allFinite("mean", mean);
        Require.nonNull("sigma", sigma);
        Require.that(sigma.numRows == mean.length && sigma.numCols == mean.length, "sigma shape",
                sigma.numRows + "x" + sigma.numCols, "must be " + mean.length + "x" + mean.length);
        this.mean = mean.clone();
        this.root = Matrices.sqrtPsd(sigma);
    }

    /** Zero-mean sampler with covariance sigma. */
    public static GaussianSampler centred(DMatrixRMaj sigma) {
        return new GaussianSampler(new double[sigma.numRows], sigma);
    }

    /** Dimension of the samples. */
    public int dimension() {
        return mean.length;
    }

    /** {@code n} samples as the rows of an n x d matrix. */
    public DMatrixRMaj sample(int n, SplittableRandom rng) {
        Require.positive("n", n);
        int d = mean.length;
        DMatrixRMaj z = new DMatrixRMaj(n, d);
        for (int i = 0; i < z.data.length; i++) {
            z.data[i] = rng.nextGaussian();
        }
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        CommonOps_DDRM.multTransB(z, root, x);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x.data[i * d + j] += mean[j];
            }
        }
        return x;
    }
}

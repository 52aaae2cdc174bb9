package org.neurotheory.popcodes.data;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;

/**
 * Seeded random problems for the bound and optimisation figures (§4.5 S1, S3): Wishart-like
 * covariances {@code B B^T / n + ridge I} with a Gaussian n x n matrix B (positive definite,
 * condition numbers up to a few hundred for ridge 0.05) and Gaussian signal vectors.
 */
public final class RandomCovariances {
    /** The ridge used by the derived figures. */
    public static final double DEFAULT_RIDGE = 0.05;

    private RandomCovariances() {
    }

    /** {@code B B^T / n + ridge I}. */
    public static DMatrixRMaj wishart(int n, double ridge, SplittableRandom rng) {
        Require.positive("n", n);
        Require.positive("ridge", ridge);
        Require.nonNull("rng", rng);
        DMatrixRMaj b = new DMatrixRMaj(n, n);
        for (int i = 0; i < b.data.length; i++) {
            b.data[i] = rng.nextGaussian();
        }
        DMatrixRMaj c = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(b, b, c);
        CommonOps_DDRM.scale(1.0 / n, c);
        for (int i = 0; i < n; i++) {
            c.add(i, i, ridge);
        }
        return c;
    }

    /** A standard Gaussian vector of length n. */
    public static double[] signal(int n, SplittableRandom rng) {
        Require.positive("n", n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }
}

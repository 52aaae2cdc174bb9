package org.neurotheory.popcodes.theory;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Seeded random test inputs: Wishart-like SPD matrices and Gaussian vectors. */
final class RandomSpd {
    private RandomSpd() {
    }

    /** {@code B B^T / n + 0.05 I} with a Gaussian n x n matrix B: SPD, condition number typically 10-100. */
    static DMatrixRMaj wishart(int n, SplittableRandom rng) {
        DMatrixRMaj b = new DMatrixRMaj(n, n);
        for (int i = 0; i < b.data.length; i++) {
            b.data[i] = rng.nextGaussian();
        }
        DMatrixRMaj c = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(b, b, c);
        CommonOps_DDRM.scale(1.0 / n, c);
        for (int i = 0; i < n; i++) {
            c.add(i, i, 0.05);
        }
        return c;
    }

    static double[] gaussian(int n, SplittableRandom rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }
}

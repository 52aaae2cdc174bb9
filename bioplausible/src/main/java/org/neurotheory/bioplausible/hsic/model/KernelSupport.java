package org.neurotheory.bioplausible.hsic.model;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Shape checks and small helpers shared by the kernels (package-private). */
final class KernelSupport {
    private KernelSupport() {
    }

    static void requireBatch(String name, INDArray h) {
        if (h == null) {
            throw new IllegalArgumentException(name + " = null is not allowed: must be an m x d matrix");
        }
        if (h.rank() != 2 || h.rows() < 1 || h.columns() < 1) {
            throw new IllegalArgumentException(name + ".shape = " + Arrays.toString(h.shape())
                    + " is not allowed: must be an m x d matrix with m, d >= 1");
        }
    }

    static void requireSquare(String name, INDArray k, long m) {
        if (k == null || k.rank() != 2 || k.rows() != m || k.columns() != m) {
            throw new IllegalArgumentException(name + ".shape = " + (k == null ? "null" : Arrays.toString(k.shape()))
                    + " is not allowed: must be " + m + " x " + m);
        }
    }

    static void requireMatrixPair(INDArray h, INDArray k, INDArray dLdK) {
        requireBatch("h", h);
        requireSquare("k", k, h.rows());
        requireSquare("dLdK", dLdK, h.rows());
    }

    static void requireSameLength(double[] a, double[] b) {
        if (a == null || b == null || a.length != b.length) {
            throw new IllegalArgumentException("b.length = " + (b == null ? "null" : b.length)
                    + " is not allowed: must equal a.length = " + (a == null ? "null" : a.length));
        }
    }

    /** {@code G + G^T} as a new array. */
    static INDArray symmetrised(INDArray g) {
        return g.add(g.transpose());
    }
}

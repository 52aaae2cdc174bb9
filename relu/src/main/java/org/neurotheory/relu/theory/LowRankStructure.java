package org.neurotheory.relu.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;

/**
 * Singular-value diagnostics of learned weights ("low-rank structure under small
 * initialisation"): deep linear networks trained from small weights on a rank-one map end with
 * rank-one layers; bias-free ReLU networks on symmetric data keep a rank-one first layer and
 * rank-two hidden layers (one channel per half-space {@code ReLU(+-w.x)}).
 */
public final class LowRankStructure {
    private LowRankStructure() {
    }

    /** {@code sigma_k / sigma_1} (k is 1-based; 0 when the matrix has fewer than k singular values). */
    public static double singularValueRatio(DMatrixRMaj m, int k) {
        Require.nonNull("m", m);
        Require.positive("k", k);
        double[] s = Matrices.svd(m).s();
        if (k > s.length) {
            return 0;
        }
        Require.that(s[0] > 0, "m", "zero matrix", "must be non-zero");
        return s[k - 1] / s[0];
    }
}

package org.neurotheory.sparsity.experiments;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * The checks the parameters of both Fig. 2 figures (the MLP of {@link Fig2SparseTraining}, the small
 * CNN of {@link Fig2CnnSparseTraining}) share: the Powerprop exponents with the baseline first, the
 * target sparsities, and the training budget with the sparse methods' settings
 * ({@link SparseRun.Budget}).
 */
final class SparseTrainingParams {
    private SparseTrainingParams() {
    }

    /** A copy of {@code alphas}, which must start with the baseline 1 and hold at least two values. */
    static double[] alphas(double[] alphas) {
        Require.that(alphas != null && alphas.length >= 2 && alphas[0] == 1, "alphas",
                alphas == null ? null : Arrays.toString(alphas), "must start with the baseline 1 and hold at least two values");
        return alphas.clone();
    }

    /** A copy of {@code sparsities}, which must hold at least one value and increase within (0, 1). */
    static double[] sparsities(double[] sparsities) {
        Require.that(sparsities != null && sparsities.length >= 1, "sparsities", null, "must hold at least one value");
        for (int i = 0; i < sparsities.length; i++) {
            Require.that(sparsities[i] > 0 && sparsities[i] < 1 && (i == 0 || sparsities[i] > sparsities[i - 1]),
                    "sparsities", Arrays.toString(sparsities), "must increase within (0, 1)");
        }
        return sparsities.clone();
    }

    /**
     * Checks the training budget and the sparse methods' settings: positive steps, batch size,
     * learning rate and mask-update interval, Top-KAST's {@code backwardExtra} in [0, 1) and its
     * regulariser {@code lambda >= 0}.
     */
    static void budget(long steps, int batchSize, double learningRate, int interval, double backwardExtra, double lambda) {
        Require.positive("steps", steps);
        Require.positive("batchSize", batchSize);
        Require.positive("learningRate", learningRate);
        Require.positive("interval", interval);
        Require.that(backwardExtra >= 0 && backwardExtra < 1, "backwardExtra", backwardExtra, "must be in [0, 1)");
        Require.nonNegative("lambda", lambda);
    }
}

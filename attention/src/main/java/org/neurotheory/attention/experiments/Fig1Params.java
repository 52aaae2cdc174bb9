package org.neurotheory.attention.experiments;

import org.neurotheory.core.Require;

/**
 * Settings of the Fig. 1 runs, one record for the two figures that share them
 * ({@link Fig1MergedAttention}: {@link #quick()}, {@link #paper()}; {@link Fig1WhiteTimeCourse}:
 * {@link #whiteQuick()}, {@link #whitePaper()}): full-batch gradient descent on a fixed set of
 * in-context regression prompts.
 *
 * @param dimension D
 * @param contextLength N
 * @param heads H
 * @param prompts P
 * @param init std of the initial weights
 * @param learningRate eta
 * @param steps recorded steps (the code's --epoch)
 */
public record Fig1Params(int dimension, int contextLength, int heads, int prompts, double init,
                         double learningRate, int steps) {
    public Fig1Params {
        Require.positive("dimension", dimension);
        Require.positive("contextLength", contextLength);
        Require.positive("heads", heads);
        Require.that(prompts > dimension, "prompts", prompts, "must be > dimension (task whitening)");
        Require.positive("init", init);
        Require.positive("learningRate", learningRate);
        Require.positive("steps", steps);
    }

    /** Fig. 1b: the README command (P = 5000, 6001 steps). */
    public static Fig1Params paper() {
        return new Fig1Params(4, 31, 8, 5000, 1e-6, 1e-3, 6001);
    }

    /** Fig. 1b at quick scale: the paper's settings (about ten seconds). */
    public static Fig1Params quick() {
        return paper();
    }

    /** The white-covariance figure: README settings with P = 20000 (the finite-sample shift stays below 4%). */
    public static Fig1Params whitePaper() {
        return new Fig1Params(4, 31, 8, 20000, 1e-6, 1e-3, 6001);
    }

    /** The white-covariance figure at quick scale: the paper's settings. */
    public static Fig1Params whiteQuick() {
        return whitePaper();
    }
}

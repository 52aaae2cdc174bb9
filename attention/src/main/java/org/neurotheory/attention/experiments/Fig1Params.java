package org.neurotheory.attention.experiments;

import org.neurotheory.core.Require;

/**
 * Settings of the Fig. 1 runs ({@link Fig1MergedAttention}, {@link Fig1WhiteTimeCourse}):
 * full-batch gradient descent on a fixed set of in-context regression prompts.
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

    /** The README command for Fig. 1 (cheap enough for both scales). */
    public static Fig1Params readme() {
        return new Fig1Params(4, 31, 8, 5000, 1e-6, 1e-3, 6001);
    }

    /** README settings with P = 20000 (card check 10: the finite-sample shift stays below 4%). */
    public static Fig1Params readmeWhite() {
        return new Fig1Params(4, 31, 8, 20000, 1e-6, 1e-3, 6001);
    }
}

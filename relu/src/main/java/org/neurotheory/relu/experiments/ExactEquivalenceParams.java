package org.neurotheory.relu.experiments;

import org.neurotheory.core.Require;

/**
 * Settings of the exactness test (card E5): {@code originals} Gaussian inputs (not whitened),
 * mirrored; target {@code y = w*^T x + cubic (x_1^3 - 3 x_1)} with {@code |w*| = 1}; pair networks
 * with {@code pairs} pairs from base weights {@code N(0, initStd^2)}; gradient descent.
 *
 * @param dimension    D
 * @param originals    P0
 * @param cubic        coefficient of the odd nonlinear part, >= 0
 * @param pairs        number of neuron pairs (width 2 pairs)
 * @param initStd      base weight scale
 * @param learningRate GD step of the ReLU networks (the linear ones use (1+alpha)/2 of it)
 * @param steps        GD steps
 * @param recordEvery  recording interval (steps)
 * @param slopes       slopes alpha in [0, 1], containing 1
 */
public record ExactEquivalenceParams(int dimension, int originals, double cubic, int pairs, double initStd,
                                     double learningRate, int steps, int recordEvery, double[] slopes) {
    public ExactEquivalenceParams {
        Require.positive("dimension", dimension);
        Require.that(originals > dimension, "originals", originals, "must be > dimension " + dimension);
        Require.nonNegative("cubic", cubic);
        Require.positive("pairs", pairs);
        Require.positive("initStd", initStd);
        Require.positive("learningRate", learningRate);
        Require.positive("steps", steps);
        Require.inRange("recordEvery", recordEvery, 1, steps);
        slopes = Slopes.withLinearReference(slopes);
    }

    /** Card E5: D = 10, P0 = 500, cubic 0.5, 20 pairs, init 1e-4, lr 0.05, 3000 steps, alpha in {0, 0.2, 0.5, 1}. */
    public static ExactEquivalenceParams paper() {
        return new ExactEquivalenceParams(10, 500, 0.5, 20, 1e-4, 0.05, 3000, 5, new double[] {0, 0.2, 0.5, 1});
    }

    /** E5 in seconds: P0 = 150, 1500 steps (the drop is over by step ~700). */
    public static ExactEquivalenceParams quick() {
        return new ExactEquivalenceParams(10, 150, 0.5, 20, 1e-4, 0.05, 1500, 10, new double[] {0, 0.2, 0.5, 1});
    }

    @Override
    public double[] slopes() {
        return slopes.clone();
    }
}

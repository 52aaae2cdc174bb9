package org.neurotheory.relu.experiments;

import org.neurotheory.core.Require;

/**
 * Settings of the "what breaks the equivalence" experiment (card E4): ReLU (alpha = 0) two-layer
 * networks of width {@code width} on D-dimensional Gaussian data with {@code originals} drawn inputs.
 *
 * @param dimension    D
 * @param originals    P0 (mirrored sets have 2 P0 samples, unmirrored ones 2 P0 fresh samples)
 * @param width        hidden width (even)
 * @param initStd      small initial weight scale
 * @param learningRate GD step
 * @param steps        GD steps
 * @param recordEvery  recording interval (steps)
 */
public record EquivalenceBreakingParams(int dimension, int originals, int width, double initStd, double learningRate,
                                        int steps, int recordEvery) {
    public EquivalenceBreakingParams {
        Require.positive("dimension", dimension);
        Require.that(originals > dimension, "originals", originals, "must be > dimension " + dimension);
        Require.that(width > 0 && width % 2 == 0, "width", width, "must be even and > 0");
        Require.positive("initStd", initStd);
        Require.positive("learningRate", learningRate);
        Require.positive("steps", steps);
        Require.inRange("recordEvery", recordEvery, 1, steps);
    }

    /** Card E4: D = 10, P0 = 500 (mirrored) or P = 1000 (unmirrored), width 40, init 1e-4, lr 0.05, 3000 steps. */
    public static EquivalenceBreakingParams paper() {
        return new EquivalenceBreakingParams(10, 500, 40, 1e-4, 0.05, 3000, 10);
    }

    /** Quick: P0 = 150, 2000 steps. */
    public static EquivalenceBreakingParams quick() {
        return new EquivalenceBreakingParams(10, 150, 40, 1e-4, 0.05, 2000, 10);
    }
}

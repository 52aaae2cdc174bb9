package org.neurotheory.relu.experiments;

import org.neurotheory.core.Require;

/**
 * Settings of the deep-network experiment (card E6). Part 1: {@code originals} inputs
 * {@code N(0, I_D)}, mirrored, linear target of unit norm; depth-{@code depth} ReLU and linear
 * networks of width {@code width} from the same small init {@code N(0, (initGain/sqrt(fan_in))^2)};
 * gradient descent. Part 2 (fixed, card check 9): block-symmetric depth-4 networks, D = 5, 150
 * mirrored pairs, blocks of 6, entries N(0, 0.3^2), step 0.005, {@code blockSteps} steps.
 *
 * @param dimension    D
 * @param originals    P0
 * @param depth        number of weight layers, >= 3
 * @param width        hidden width
 * @param initGain     init scale times sqrt(fan-in)
 * @param learningRate GD step
 * @param steps        GD steps (part 1)
 * @param recordEvery  recording interval (steps)
 * @param blockSteps   GD steps of the block-symmetric runs (part 2)
 */
public record DeepNetworkParams(int dimension, int originals, int depth, int width, double initGain,
                                double learningRate, int steps, int recordEvery, int blockSteps) {
    public DeepNetworkParams {
        Require.positive("dimension", dimension);
        Require.that(originals > dimension, "originals", originals, "must be > dimension " + dimension);
        Require.that(depth >= 3, "depth", depth, "must be >= 3");
        Require.positive("width", width);
        Require.positive("initGain", initGain);
        Require.positive("learningRate", learningRate);
        Require.positive("steps", steps);
        Require.inRange("recordEvery", recordEvery, 1, steps);
        Require.that(blockSteps >= 300, "blockSteps", blockSteps, "must be >= 300 (the card's checkpoint)");
    }

    /** Card E6: D = 10, P0 = 500, depth 3, width 50, init 0.02/sqrt(fan-in), lr 0.05, 8000 steps; blocks 1500 steps. */
    public static DeepNetworkParams paper() {
        return new DeepNetworkParams(10, 500, 3, 50, 0.02, 0.05, 8000, 20, 1500);
    }

    /** Quick: P0 = 150, width 30, 4000 steps; blocks 300 steps. */
    public static DeepNetworkParams quick() {
        return new DeepNetworkParams(10, 150, 3, 30, 0.02, 0.05, 4000, 40, 300);
    }
}

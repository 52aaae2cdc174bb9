package org.neurotheory.relu.experiments;

import org.neurotheory.core.Require;

/**
 * Settings of the expressivity / depth-separation experiment (card E1): {@code originals} inputs
 * {@code N(0, I_3)}, mirrored, target {@code y = x_1 x_2 x_3} (odd, no linear part); bias-free ReLU
 * networks of depth 2 (width {@code shallowWidth}) and depths 3 and 4 (width {@code deepWidth}),
 * He initialisation with the last layer scaled by 0.1, gradient descent.
 *
 * @param originals    P0
 * @param shallowWidth hidden width of the depth-2 network
 * @param deepWidth    hidden width of the depth-3 and depth-4 networks
 * @param shallowLr    GD step, depth 2
 * @param deepLr       GD step, depths 3 and 4
 * @param steps        GD steps
 * @param recordEvery  recording interval (steps)
 */
public record ExpressivityParams(int originals, int shallowWidth, int deepWidth, double shallowLr, double deepLr,
                                 int steps, int recordEvery) {
    public ExpressivityParams {
        Require.that(originals > 3, "originals", originals, "must be > 3");
        Require.positive("shallowWidth", shallowWidth);
        Require.positive("deepWidth", deepWidth);
        Require.positive("shallowLr", shallowLr);
        Require.positive("deepLr", deepLr);
        Require.positive("steps", steps);
        Require.inRange("recordEvery", recordEvery, 1, steps);
    }

    /** Card E1: P0 = 1000, widths 200 / 100, lr 0.02 / 0.01, 20000 steps. */
    public static ExpressivityParams paper() {
        return new ExpressivityParams(1000, 200, 100, 0.02, 0.01, 20000, 50);
    }

    /** Quick: P0 = 200, widths 100 / 30, lr 0.02 / 0.02, 1500 steps. */
    public static ExpressivityParams quick() {
        return new ExpressivityParams(200, 100, 30, 0.02, 0.02, 1500, 20);
    }
}

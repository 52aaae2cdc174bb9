package org.neurotheory.relu.experiments;

import java.util.Arrays;
import org.neurotheory.core.Require;

/** Validation of the leaky-ReLU slope sets the sweeps run (alpha in [0, 1]). */
final class Slopes {
    private Slopes() {
    }

    /**
     * @param slopes slopes alpha, each in [0, 1], containing 1 (the linear network every sweep compares with)
     * @return a copy
     */
    static double[] withLinearReference(double[] slopes) {
        Require.nonNull("slopes", slopes);
        boolean hasOne = false;
        for (int i = 0; i < slopes.length; i++) {
            Require.inRange("slopes[" + i + "]", slopes[i], 0.0, 1.0);
            hasOne |= slopes[i] == 1.0;
        }
        Require.that(hasOne, "slopes", Arrays.toString(slopes), "must contain 1 (the linear reference)");
        return slopes.clone();
    }
}

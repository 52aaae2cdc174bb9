package org.neurotheory.spark;

import java.io.Serializable;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Scale;

/**
 * One figure of a {@code reproduce} run, as data: its {@code paper/figure} key, the scale and the
 * root seed. An executor rebuilds the figure from its registry ({@link RunFigure}).
 *
 * @param key   {@code paper/figure}
 * @param scale quick or paper
 * @param seed  the run's root seed
 */
record FigureTask(String key, Scale scale, long seed) implements Serializable {
    FigureTask {
        Require.nonNull("key", key);
        Require.nonNull("scale", scale);
    }
}

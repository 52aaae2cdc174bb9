package org.neurotheory.core.sweep;

import org.neurotheory.core.figure.Scale;

/**
 * A sweep that a paper registers under a key ({@link org.neurotheory.core.paper.Paper#sweeps()}),
 * so that any {@link SweepBackend} (a local thread pool, or Spark executors that rebuild it from the
 * registry) can evaluate its points. Everything a point needs follows from the {@link SweepTask}
 * (index, seeds, scale): no closure or captured state travels.
 */
public interface SweepSpec {
    /** The sweep's key within its paper: its figure's key, a dash and a name, e.g. {@code figc-toy}. */
    String key();

    /** Number of points at this scale. */
    int size(Scale scale);

    /**
     * Evaluates one point: {@code point.index()} in [0, size(point.scale())), drawing from
     * {@code point.seed()} (its own seed) or, for what all points share, {@code point.sweepSeed()}.
     *
     * @param point the point, as it travelled
     * @return the result row
     */
    double[] evaluate(SweepTask point) throws Exception;
}

package org.neurotheory.core.sweep;

import org.neurotheory.core.figure.Scale;

/**
 * A sweep that a paper registers under a key ({@link org.neurotheory.core.paper.Paper#sweeps()}),
 * so that any {@link SweepBackend} (a local thread pool, or Spark executors that rebuild it from the
 * registry) can evaluate its points. Everything a point needs follows from its index, its seed and
 * the scale: no closure or captured state travels, only the {@link SweepTask}.
 */
public interface SweepSpec {
    /** The sweep's key within its paper, e.g. {@code figc-linear}. */
    String key();

    /** Number of points at this scale. */
    int size(Scale scale);

    /**
     * Evaluates point {@code index} in [0, size(scale)).
     *
     * @param index the point
     * @param seed  its seed, {@code Seeds.derive(sweepSeed, index)}
     * @param scale quick or paper
     * @return the result row
     */
    double[] evaluate(int index, long seed, Scale scale) throws Exception;
}

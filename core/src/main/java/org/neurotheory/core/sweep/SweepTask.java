package org.neurotheory.core.sweep;

import java.io.Serializable;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.random.Seeds;

/**
 * One point of a registered sweep, as data: the paper, the sweep's key, the point's index, the
 * sweep's seed and the scale. An executor anywhere rebuilds the computation with {@link #run}.
 *
 * @param paper     the paper's key
 * @param sweep     the sweep's key in that paper
 * @param index     the point, >= 0
 * @param sweepSeed the seed the whole sweep was given: points that must share data or initial
 *                  weights (e.g. one data set trained at several slopes) draw them from it
 * @param scale     quick or paper
 */
public record SweepTask(String paper, String sweep, int index, long sweepSeed, Scale scale) implements Serializable {
    public SweepTask {
        Require.nonNull("paper", paper);
        Require.nonNull("sweep", sweep);
        Require.nonNegative("index", index);
        Require.nonNull("scale", scale);
    }

    /** The point's own seed, {@code Seeds.derive(sweepSeed, index)}: what independent points draw from. */
    public long seed() {
        return Seeds.derive(sweepSeed, index);
    }

    /** {@code paper/sweep point index}, for messages. */
    public String describe() {
        return paper + "/" + sweep + " point " + index;
    }

    /**
     * Looks the sweep up in {@code registry} and evaluates this point. A point that throws, or
     * returns no row, fails with the sweep and the point named.
     */
    public SweepResult run(PaperRegistry registry) {
        SweepSpec spec = registry.sweep(paper, sweep);
        double[] row;
        try {
            row = spec.evaluate(this);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(describe() + " failed: " + e, e);
        }
        if (row == null) {
            throw new IllegalStateException(describe() + " returned no result row (null)");
        }
        return new SweepResult(index, row);
    }
}

package org.neurotheory.core.sweep;

import java.io.Serializable;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;

/**
 * One point of a registered sweep, as data: the paper, the sweep's key, the point's index, its
 * derived seed and the scale. An executor anywhere rebuilds the computation with {@link #run}.
 *
 * @param paper the paper's key
 * @param sweep the sweep's key in that paper
 * @param index the point, >= 0
 * @param seed  the point's seed
 * @param scale quick or paper
 */
public record SweepTask(String paper, String sweep, int index, long seed, Scale scale) implements Serializable {
    public SweepTask {
        Require.nonNull("paper", paper);
        Require.nonNull("sweep", sweep);
        Require.nonNegative("index", index);
        Require.nonNull("scale", scale);
    }

    /** Looks the sweep up in {@code registry} and evaluates this point. */
    public SweepResult run(PaperRegistry registry) {
        SweepSpec spec = registry.sweep(paper, sweep);
        try {
            return new SweepResult(index, spec.evaluate(index, seed, scale));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(paper + "/" + sweep + " point " + index + " failed: " + e, e);
        }
    }
}

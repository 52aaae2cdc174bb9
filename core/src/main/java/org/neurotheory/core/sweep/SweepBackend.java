package org.neurotheory.core.sweep;

import java.util.List;
import org.neurotheory.core.figure.Scale;

/**
 * Where the points of a registered sweep are evaluated: {@link ThreadPoolBackend} (the default) or a
 * cluster (the {@code neurotheory-spark} module). Every backend gives point {@code i} the seed
 * {@code Seeds.derive(seed, i)} and returns the rows in point order, so the same seed gives the same
 * bytes whichever backend ran the sweep.
 */
public interface SweepBackend {
    /**
     * Evaluates every point of {@code paper}'s sweep {@code sweep}.
     *
     * @param paper the paper's key
     * @param sweep the sweep's key; must be registered (checked before any point runs)
     * @param scale quick or paper
     * @param seed  the sweep's seed
     * @return the rows, in point order
     */
    List<double[]> run(String paper, String sweep, Scale scale, long seed);

    /** A short description for logs, e.g. {@code threads(2)} or {@code spark(local[2])}. */
    String describe();
}

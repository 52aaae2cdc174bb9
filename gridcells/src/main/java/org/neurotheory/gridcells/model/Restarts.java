package org.neurotheory.gridcells.model;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.sweep.Sweep;

/**
 * Independent restarts of an optimisation (the paper runs 5 or 50) through {@link Sweep}: restart
 * i uses seed {@code Seeds.derive(seed, i)}, so the results do not depend on the number of
 * threads. The chosen restart is the one with the lowest functional loss among best
 * constraint-satisfying snapshots; restarts that never met the constraints rank after all others,
 * by final functional loss.
 */
public final class Restarts {
    private Restarts() {
    }

    /** All restarts in restart order. */
    public static List<OptimisationResult> run(OptimiserParams params, int restarts, long seed, int threads,
                                               Progress progress) {
        Require.nonNull("params", params);
        Require.positive("restarts", restarts);
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < restarts; i++) {
            points.add(i);
        }
        return Sweep.run(points, seed, threads, (p, s) -> CodeOptimisation.run(params, s, progress)).stream()
                .map(Sweep.Row::result).toList();
    }

    /** Index of the chosen restart. */
    public static int best(List<OptimisationResult> results) {
        Require.that(!results.isEmpty(), "results", "empty", "must hold at least one restart");
        int best = 0;
        for (int i = 1; i < results.size(); i++) {
            if (rank(results.get(i)) < rank(results.get(best))) {
                best = i;
            }
        }
        return best;
    }

    private static double rank(OptimisationResult r) {
        if (r.best() != null) {
            return r.bestFunctional();
        }
        double[] f = r.history().column(LossHistory.FUNCTIONAL);
        return 1e12 + (f.length > 0 ? f[f.length - 1] : 0);
    }
}

package org.neurotheory.gridcells.model;

import java.nio.file.Path;
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
        return Sweep.run(indices(restarts), seed, threads, (i, s) -> CodeOptimisation.run(params, s, progress)).stream()
                .map(Sweep.Row::result).toList();
    }

    /**
     * All restarts in restart order, each saved every {@code every} steps to its own
     * {@link #checkpoint} file: a killed run resumes every restart where it stopped and a finished one
     * is read back, with the same bytes as {@link #run}.
     *
     * @param label names the files, e.g. the figure's key
     */
    public static List<OptimisationResult> runCheckpointed(OptimiserParams params, int restarts, long seed, int threads,
                                                           String label, int every, Progress progress) {
        Require.nonNull("params", params);
        Require.positive("every", every);
        checkpoint(label, params, seed, 0); // a bad label fails here, before any restart starts
        return Sweep.run(indices(restarts), seed, threads,
                (i, s) -> CodeOptimisation.runCheckpointed(params, s, checkpoint(label, params, seed, i), every, progress)).stream()
                .map(Sweep.Row::result).toList();
    }

    /** The checkpoint file of restart {@code restart}: {@code CodeOptimisation.checkpointFile(label-seed<seed>-restart<restart>, params)}. */
    public static Path checkpoint(String label, OptimiserParams params, long seed, int restart) {
        Require.nonNegative("restart", restart);
        return CodeOptimisation.checkpointFile(label + "-seed" + seed + "-restart" + restart, params);
    }

    private static List<Integer> indices(int restarts) {
        Require.positive("restarts", restarts);
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < restarts; i++) {
            points.add(i);
        }
        return points;
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

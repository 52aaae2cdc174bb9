package org.neurotheory.multimodal.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.multimodal.model.PhaseTimes;
import org.neurotheory.multimodal.model.TrainingRun;

/**
 * Repeated runs as in the official code's {@code sweep()}: repeat a run with fresh data and init,
 * keep the repeats whose final training loss is below {@link #CONVERGED_LOSS}, and average their
 * time ratio t_B/t_A (paper Eq. 6, times measured by {@link PhaseTimes}) and misattribution
 * (Eq. 5). This is what every simulated point of Figs. C and E is.
 *
 * @param ratio          mean t_B / t_A over the kept repeats
 * @param misattribution mean misattribution over the kept repeats
 * @param kept           number of kept repeats
 * @param finalA         mean final W_A^tot (signed scalar or norm) over the kept repeats
 * @param finalB         mean final W_B^tot over the kept repeats
 */
public record RepeatedRuns(double ratio, double misattribution, int kept, double finalA, double finalB) {
    /** The code's acceptance threshold on the final loss. */
    public static final double CONVERGED_LOSS = 1e-3;

    /**
     * Runs {@code repeats} repeats and averages the converged ones.
     *
     * @param run      the run protocol
     * @param plateauA W_A^uni for t_A, or NaN for {@code max(W_A)/2}
     * @param repeats  number of repeats, > 0
     * @param seed     seed; repeat i uses {@code derive(seed, i)}
     * @throws IllegalStateException when no repeat converged (as the code's assertion)
     */
    public static RepeatedRuns measure(FusionRun run, double plateauA, int repeats, long seed) {
        Require.positive("repeats", repeats);
        double ratio = 0;
        double mis = 0;
        double fa = 0;
        double fb = 0;
        int kept = 0;
        for (int i = 0; i < repeats; i++) {
            TrainingRun r = run.run(Seeds.derive(seed, i));
            double[] loss = r.loss();
            if (loss[loss.length - 1] >= CONVERGED_LOSS) {
                continue;
            }
            PhaseTimes t = PhaseTimes.measure(r, plateauA);
            ratio += t.ratio();
            mis += t.misattribution(r);
            fa += r.weightA()[r.epochs() - 1];
            fb += r.weightB()[r.epochs() - 1];
            kept++;
        }
        if (kept == 0) {
            throw new IllegalStateException("no repeat converged below " + CONVERGED_LOSS + " for " + run);
        }
        return new RepeatedRuns(ratio / kept, mis / kept, kept, fa / kept, fb / kept);
    }

    /** As a sweep result row: ratio, misattribution, kept, finalA, finalB. */
    double[] toRow() {
        return new double[] {ratio, misattribution, kept, finalA, finalB};
    }

    /** From {@link #toRow()}. */
    static RepeatedRuns fromRow(double[] row) {
        return new RepeatedRuns(row[0], row[1], (int) row[2], row[3], row[4]);
    }
}

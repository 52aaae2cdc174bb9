package org.neurotheory.multimodal.model;

import org.neurotheory.core.Require;

/**
 * The learning times of the two modalities as the official sweeps measure them (§2.5,
 * {@code util.time_half}): t_A is the epoch where W_A^tot is closest (global argmin of the squared
 * distance) to half of the given unimodal plateau, t_B the epoch where W_B^tot is closest to half
 * of its maximum over the run.
 *
 * @param tA epoch at which A is half learned
 * @param tB epoch at which B is half learned
 */
public record PhaseTimes(int tA, int tB) {
    public PhaseTimes {
        Require.nonNegative("tA", tA);
        Require.nonNegative("tB", tB);
    }

    /**
     * Measures a run.
     *
     * @param run       the training record
     * @param plateauA  the unimodal value W_A^uni used for t_A (1 + rho/r in the toy, doubled for
     *                  ReLU); NaN to use {@code max(W_A)/2} instead, as the code does for r = 1
     */
    public static PhaseTimes measure(TrainingRun run, double plateauA) {
        Require.nonNull("run", run);
        Require.that(run.epochs() > 0, "run.epochs", run.epochs(), "must be > 0");
        double halfA = Double.isNaN(plateauA) ? max(run.weightA()) / 2 : plateauA / 2;
        return new PhaseTimes(closest(run.weightA(), halfA), closest(run.weightB(), max(run.weightB()) / 2));
    }

    /** Index of the global argmin of {@code (w[i] - target)^2}. */
    public static int closest(double[] w, double target) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < w.length; i++) {
            double d = (w[i] - target) * (w[i] - target);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private static double max(double[] w) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : w) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** The time ratio t_B / t_A (paper Eq. (7) measured). */
    public double ratio() {
        return (double) tB / tA;
    }

    /**
     * Misattribution as the sweep measures it: {@code (W_A(t_mid) - W_A(end)) / W_A(end)} with
     * {@code t_mid = floor((t_A + t_B)/2)} (§2.5; theory rho/r in the toy).
     */
    public double misattribution(TrainingRun run) {
        double[] wa = run.weightA();
        double end = wa[wa.length - 1];
        return (wa[(tA + tB) / 2] - end) / end;
    }
}

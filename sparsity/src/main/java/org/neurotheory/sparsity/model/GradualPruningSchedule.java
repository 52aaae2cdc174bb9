package org.neurotheory.sparsity.model;

import org.neurotheory.core.Require;

/**
 * Gradual magnitude pruning (Zhu and Gupta 2017), the "traditional weight-pruning technique" the
 * paper combines with Powerprop for Fig. 2: sparsity rises as
 * {@code s_t = s_f + (s_i - s_f)(1 - (t - t0)/(n dt))^3} at steps {@code t0, t0 + dt, ...,
 * t0 + n dt}; at each pruning step the smallest-magnitude weights of each layer are masked so the
 * layer has sparsity {@code s_t}; pruned weights stay pruned (the ranking puts them last).
 *
 * @param initialSparsity {@code s_i} in [0, 1)
 * @param finalSparsity   {@code s_f} in [s_i, 1)
 * @param startStep       {@code t0 >= 0}
 * @param interval        {@code dt >= 1} steps between pruning steps
 * @param prunings        {@code n >= 1}: the final sparsity is reached at {@code t0 + n dt}
 */
public record GradualPruningSchedule(double initialSparsity, double finalSparsity, long startStep, long interval,
        int prunings) {
    public GradualPruningSchedule {
        Require.that(initialSparsity >= 0 && initialSparsity < 1, "initialSparsity", initialSparsity, "must be in [0, 1)");
        Require.that(finalSparsity >= initialSparsity && finalSparsity < 1, "finalSparsity", finalSparsity,
                "must be in [initialSparsity = " + initialSparsity + ", 1)");
        Require.nonNegative("startStep", startStep);
        Require.positive("interval", interval);
        Require.positive("prunings", prunings);
    }

    /** Step at which the final sparsity is reached. */
    public long endStep() {
        return startStep + prunings * interval;
    }

    /** Target sparsity at step {@code t}: {@code s_i} before {@code t0}, {@code s_f} after the end. */
    public double sparsity(long t) {
        if (t <= startStep) {
            return t == startStep ? sparsityAt(0) : initialSparsity;
        }
        if (t >= endStep()) {
            return finalSparsity;
        }
        long k = (t - startStep) / interval; // last pruning step reached
        return sparsityAt(k);
    }

    private double sparsityAt(long k) {
        double frac = 1 - (double) k / prunings;
        return finalSparsity + (initialSparsity - finalSparsity) * frac * frac * frac;
    }

    /** True at the pruning steps {@code t0, t0 + dt, ..., t0 + n dt}. */
    public boolean isPruningStep(long t) {
        return t >= startStep && t <= endStep() && (t - startStep) % interval == 0;
    }

    /**
     * Prunes one layer to sparsity {@code s}: keeps the {@code n - round(s n)} largest {@code |w|}
     * among the weights still unmasked, writing the new mask into {@code mask}.
     */
    public static float[] prune(float[] weights, float[] mask, double sparsity) {
        Require.that(sparsity >= 0 && sparsity < 1, "sparsity", sparsity, "must be in [0, 1)");
        Require.that(mask.length == weights.length, "mask.length", mask.length, "must equal weights.length = " + weights.length);
        boolean[] alive = new boolean[mask.length];
        for (int i = 0; i < mask.length; i++) {
            alive[i] = mask[i] != 0;
        }
        int keep = weights.length - (int) Math.round(sparsity * weights.length);
        return new MagnitudeRanking(weights, alive).keepLargest(keep, mask);
    }
}

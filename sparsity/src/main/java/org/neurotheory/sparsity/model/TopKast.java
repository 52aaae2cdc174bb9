package org.neurotheory.sparsity.model;

import org.neurotheory.core.Require;

/**
 * Top-KAST sparse-to-sparse training (Jayakumar et al. 2020), which the paper combines with
 * Powerprop (Sec. 4, ImageNet): per layer the forward set {@code A} holds the top {@code D}
 * fraction of weights by magnitude and the backward set {@code B}, a superset, the top
 * {@code D + M}; the forward pass uses {@code w 1_A}, updates reach only parameters in {@code B},
 * and the exploration regulariser {@code lambda (sum_A w^2 + (1/D) sum_(B\A) w^2)} is added to the
 * loss. Sets are recomputed from the current magnitudes every {@code refreshInterval} steps.
 * Under Powerprop the ranking is by {@code |w| = |psi|^alpha} (the same as by {@code |psi|}); the
 * regulariser acts on the effective weights {@code w} (our choice; the paper does not say).
 *
 * @param forwardDensity  {@code D} in (0, 1]
 * @param backwardDensity {@code D + M} in [D, 1]
 * @param lambda          regulariser strength, {@code >= 0}
 * @param refreshInterval steps between set updates, {@code >= 1}
 */
public record TopKast(double forwardDensity, double backwardDensity, double lambda, int refreshInterval) {
    public TopKast {
        Require.that(forwardDensity > 0 && forwardDensity <= 1, "forwardDensity", forwardDensity, "must be in (0, 1]");
        Require.that(backwardDensity >= forwardDensity && backwardDensity <= 1, "backwardDensity", backwardDensity,
                "must be in [forwardDensity = " + forwardDensity + ", 1]");
        Require.nonNegative("lambda", lambda);
        Require.positive("refreshInterval", refreshInterval);
    }

    /** Writes the forward mask {@code 1_A} ({@code floor(D n)} entries) and backward mask {@code 1_B} ({@code floor((D+M) n)}). */
    public void sets(float[] weights, float[] forwardMask, float[] backwardMask) {
        MagnitudeRanking ranking = new MagnitudeRanking(weights);
        ranking.keepFraction(forwardDensity, forwardMask);
        ranking.keepFraction(backwardDensity, backwardMask);
    }

    /** True at the steps where the sets are recomputed. */
    public boolean isRefreshStep(long step) {
        return step % refreshInterval == 0;
    }

    /** The exploration regulariser {@code lambda (sum_A w^2 + (1/D) sum_(B\A) w^2)}. */
    public double penalty(float[] weights, float[] forwardMask, float[] backwardMask) {
        double inA = 0;
        double inBOnly = 0;
        for (int i = 0; i < weights.length; i++) {
            double w2 = (double) weights[i] * weights[i];
            if (forwardMask[i] != 0) {
                inA += w2;
            } else if (backwardMask[i] != 0) {
                inBOnly += w2;
            }
        }
        return lambda * (inA + inBOnly / forwardDensity);
    }

    /**
     * Turns a dense weight gradient into Top-KAST's: adds the regulariser's gradient
     * ({@code 2 lambda w} on A, {@code 2 lambda w / D} on B\A) and zeroes everything outside B.
     */
    public void maskGradient(float[] weights, float[] forwardMask, float[] backwardMask, float[] weightGradient) {
        float inA = (float) (2 * lambda);
        float inB = (float) (2 * lambda / forwardDensity);
        for (int i = 0; i < weights.length; i++) {
            if (forwardMask[i] != 0) {
                weightGradient[i] += inA * weights[i];
            } else if (backwardMask[i] != 0) {
                weightGradient[i] += inB * weights[i];
            } else {
                weightGradient[i] = 0;
            }
        }
    }
}

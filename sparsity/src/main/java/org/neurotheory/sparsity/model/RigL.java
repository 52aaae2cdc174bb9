package org.neurotheory.sparsity.model;

import org.neurotheory.core.Require;

/**
 * RigL sparse-to-sparse training (Evci et al. 2020), combined with Powerprop in the paper (Sec. 4):
 * each layer keeps a fixed density; every {@code updateInterval} steps until {@code endStep} it drops
 * the fraction {@code f_t = (f0/2)(1 + cos(pi t / endStep))} of its active weights with the smallest
 * {@code |w|} and grows as many inactive weights with the largest dense gradient {@code |dL/dw|}.
 *
 * <p>Regrowth under Powerprop: RigL grows weights at zero, but {@code psi = 0} is a fixed point of
 * Powerprop's dynamics for {@code alpha > 1} (the gradient {@code alpha |psi|^(alpha-1) g}
 * vanishes), so a weight grown at zero would never move; and one grown at a small {@code |w|} hardly
 * moves either, since Powerprop's effective learning rate {@code alpha^2 |w|^(2-2/alpha)} (Sec. 3)
 * vanishes with {@code |w|}. We therefore grow a weight at the drop threshold: with the sign that
 * lowers the loss and the magnitude {@code |w| = regrowthScale tau}, {@code tau} the smallest
 * {@code |w|} among the active weights that survive the drop, i.e. {@code psi = sign(-g)
 * (regrowthScale tau)^(1/alpha)}. A newcomer then starts level with the weakest survivor and competes
 * with it at the next update. The rule is the same in {@code w} for every alpha, so baseline and
 * Powerprop runs differ only in alpha; for {@code alpha = 1} it departs from Evci et al.'s growth at
 * zero ({@code regrowthScale = 0}). The paper does not say how it handled regrowth under Powerprop.
 *
 * @param density        fraction of weights active in each layer, in (0, 1)
 * @param dropFraction   {@code f0} in (0, 1)
 * @param updateInterval steps between mask updates, {@code >= 1}
 * @param endStep        last step with updates, {@code >= 1}
 * @param regrowthScale  a grown weight's {@code |w|} as a multiple of the drop threshold {@code tau},
 *                       {@code >= 0} (0 reproduces plain RigL's growth at zero)
 */
public record RigL(double density, double dropFraction, int updateInterval, long endStep, double regrowthScale) {
    public RigL {
        Require.openRange("density", density, 0, 1);
        Require.openRange("dropFraction", dropFraction, 0, 1);
        Require.positive("updateInterval", updateInterval);
        Require.positive("endStep", endStep);
        Require.nonNegative("regrowthScale", regrowthScale);
    }

    /** The default schedule: {@code f0 = 0.3}, growth at the drop threshold (regrowth scale 1). */
    public static RigL of(double density, int updateInterval, long endStep) {
        return new RigL(density, 0.3, updateInterval, endStep, 1);
    }

    /** True at the steps where the mask is updated. */
    public boolean isUpdateStep(long step) {
        return step > 0 && step < endStep && step % updateInterval == 0;
    }

    /** Drop fraction {@code (f0/2)(1 + cos(pi t/T_end))} at step {@code t}. */
    public double dropFraction(long step) {
        if (step >= endStep) {
            return 0;
        }
        return 0.5 * dropFraction * (1 + Math.cos(Math.PI * step / endStep));
    }

    /** Writes the initial mask: {@code floor(density n)} largest-magnitude weights. */
    public float[] initialMask(float[] weights, float[] mask) {
        return new MagnitudeRanking(weights).keepFraction(density, mask);
    }

    /**
     * One drop-and-grow update of a layer. Dropped weights get mask 0 and parameter 0; grown ones get
     * mask 1 and parameter {@code sign(-g) (regrowthScale tau)^(1/alpha)}, {@code tau} the smallest
     * non-zero {@code |w|} among the surviving active weights. Returns the number of weights exchanged.
     *
     * @param step           current step (sets the drop fraction)
     * @param psi            the layer's parameters (updated)
     * @param weights        effective weights {@code w(psi)} before the update
     * @param mask           0/1 mask (updated)
     * @param weightGradient dense gradient {@code dL/dw} of the unmasked network
     * @param alpha          the layer's Powerprop exponent (1 = baseline)
     */
    public int update(long step, float[] psi, float[] weights, float[] mask, float[] weightGradient, double alpha) {
        Require.that(alpha >= 1, "alpha", alpha, "must be >= 1");
        int n = psi.length;
        boolean[] active = new boolean[n];
        boolean[] inactive = new boolean[n];
        int nActive = 0;
        for (int i = 0; i < n; i++) {
            active[i] = mask[i] != 0;
            inactive[i] = !active[i];
            nActive += active[i] ? 1 : 0;
        }
        int k = Math.min((int) (dropFraction(step) * nActive), n - nActive);
        if (k == 0) {
            return 0;
        }
        float[] activeMagnitudes = new float[nActive];
        for (int i = 0, j = 0; i < n; i++) {
            if (active[i]) {
                activeMagnitudes[j++] = Math.abs(weights[i]);
            }
        }
        java.util.Arrays.sort(activeMagnitudes);
        int t = k; // activeMagnitudes ascending: entries 0..k-1 are dropped
        while (t < nActive - 1 && activeMagnitudes[t] == 0) {
            t++;
        }
        float eps = (float) Math.pow(regrowthScale * activeMagnitudes[t], 1 / alpha);
        MagnitudeRanking byWeight = new MagnitudeRanking(weights, active);
        MagnitudeRanking byGradient = new MagnitudeRanking(weightGradient, inactive);
        for (int r = nActive - k; r < nActive; r++) { // the k smallest active
            int i = byWeight.indexAt(r);
            mask[i] = 0;
            psi[i] = 0;
        }
        for (int r = 0; r < k; r++) { // the k largest-gradient inactive (ranked before the drop)
            int i = byGradient.indexAt(r);
            mask[i] = 1;
            psi[i] = -Math.signum(weightGradient[i]) * eps;
        }
        return k;
    }
}

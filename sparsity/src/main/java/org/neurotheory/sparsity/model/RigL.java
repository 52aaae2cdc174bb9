package org.neurotheory.sparsity.model;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * RigL sparse-to-sparse training (Evci et al. 2020), combined with Powerprop in the paper (Sec. 4):
 * each layer keeps a fixed density; every {@code updateInterval} steps until {@code endStep} it drops
 * the fraction {@code f_t = (f0/2)(1 + cos(pi t / endStep))} of its active weights with the smallest
 * {@code |w|} and grows as many inactive weights with the largest dense gradient {@code |dL/dw|}.
 *
 * <p>Regrowth under Powerprop: RigL grows weights at zero, but {@code psi = 0} is a fixed point of
 * Powerprop's dynamics for {@code alpha > 1} (the gradient {@code alpha |psi|^(alpha-1) g}
 * vanishes), so a weight grown at zero would never move. We grow at the small effective weight
 * {@code w = sign(-g) regrowthScale m}, with {@code m} the median {@code |w|} of the layer's active
 * weights and the sign that lowers the loss, i.e. at the parameter
 * {@code psi = sign(-g) (regrowthScale m)^(1/alpha)}. The grown weights change the network's function
 * by the same amount for every alpha, so baseline and Powerprop runs differ only in how the grown
 * weights then train. The paper does not say how it handled this.
 *
 * @param density        fraction of weights active in each layer, in (0, 1)
 * @param dropFraction   {@code f0} in (0, 1)
 * @param updateInterval steps between mask updates, {@code >= 1}
 * @param endStep        last step with updates, {@code >= 1}
     * @param regrowthScale  a grown weight's {@code |w|} as a fraction of the active median, {@code >= 0}
 *                       (0 reproduces plain RigL's growth at zero)
 */
public record RigL(double density, double dropFraction, int updateInterval, long endStep, double regrowthScale) {
    public RigL {
        Require.openRange("density", density, 0, 1);
        Require.openRange("dropFraction", dropFraction, 0, 1);
        Require.positive("updateInterval", updateInterval);
        Require.positive("endStep", endStep);
        Require.nonNegative("regrowthScale", regrowthScale);
    }

    /** The default schedule: {@code f0 = 0.3}, regrowth scale 0.01. */
    public static RigL of(double density, int updateInterval, long endStep) {
        return new RigL(density, 0.3, updateInterval, endStep, 0.01);
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
     * mask 1 and parameter {@code sign(-g) (regrowthScale m)^(1/alpha)}, so {@code |w| = regrowthScale m}.
     * Returns the number of weights exchanged.
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
        Arrays.sort(activeMagnitudes);
        double median = activeMagnitudes[nActive / 2];
        float eps = (float) Math.pow(regrowthScale * median, 1 / alpha);
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

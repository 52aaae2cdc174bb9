package org.neurotheory.cortex.model.analysis;

import org.neurotheory.core.Require;

/**
 * The maximum of a correlation function sampled at lags {@code -maxLag..maxLag}.
 *
 * @param value the peak value
 * @param lag   the lag of the peak (ms); positive = the second signal follows the first
 * @param atZero the value at lag 0
 */
public record Peak(double value, double lag, double atZero) {
    /** Peak of {@code cc} (length {@code 2 maxLag + 1}) sampled every {@code dt} ms. */
    public static Peak of(double[] cc, double dt) {
        Require.that(cc.length % 2 == 1, "cc.length", cc.length, "must be odd (symmetric lags)");
        int mid = cc.length / 2;
        int best = 0;
        for (int k = 1; k < cc.length; k++) {
            if (cc[k] > cc[best]) {
                best = k;
            }
        }
        return new Peak(cc[best], (best - mid) * dt, cc[mid]);
    }
}

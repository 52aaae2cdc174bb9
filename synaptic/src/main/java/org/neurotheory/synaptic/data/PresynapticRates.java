package org.neurotheory.synaptic.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * Presynaptic firing rates of the model (§2.1, successor code {@code get_nudt}):
 * log10 nu_i ~ N(0, sd^2) (median 1 Hz), sorted in descending order, redrawn as a whole while any
 * nu_i dt exceeds 1.
 */
public final class PresynapticRates {
    private PresynapticRates() {
    }

    /**
     * @param n        number of synapses
     * @param log10Sd  standard deviation of log10 nu
     * @param dt       bin width in s
     * @param rng      source of randomness
     * @return rates in Hz, descending
     */
    public static double[] draw(int n, double log10Sd, double dt, SplittableRandom rng) {
        Require.positive("n", n);
        Require.nonNegative("log10Sd", log10Sd);
        Require.openRange("dt", dt, 0, 1);
        Require.nonNull("rng", rng);
        double[] nu = new double[n];
        boolean ok;
        do {
            ok = true;
            for (int i = 0; i < n; i++) {
                nu[i] = Math.pow(10, log10Sd * rng.nextGaussian());
                ok &= nu[i] * dt <= 1;
            }
        } while (!ok);
        Arrays.sort(nu);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            double t = nu[i];
            nu[i] = nu[j];
            nu[j] = t;
        }
        return nu;
    }
}

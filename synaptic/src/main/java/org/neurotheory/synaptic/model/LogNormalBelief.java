package org.neurotheory.synaptic.model;

import org.neurotheory.core.Require;

/**
 * Moments of a synapse's log-normal belief q(lambda) = N(mu, sigma^2) over its log-weight
 * (Eq. 2.4): weight-space mean m = exp(mu + sigma^2/2) and variance s^2 = m^2 (e^{sigma^2} - 1).
 * Under synaptic sampling these are the PSP mean and the PSP variance.
 */
public final class LogNormalBelief {
    private LogNormalBelief() {
    }

    /** m = exp(mu + sigma^2 / 2). */
    public static double mean(double mu, double sigma2) {
        return Math.exp(mu + 0.5 * sigma2);
    }

    /** s^2 = m^2 (exp(sigma^2) - 1). */
    public static double variance(double mu, double sigma2) {
        double m = mean(mu, sigma2);
        return m * m * Math.expm1(sigma2);
    }

    /** Normalised variability s^2/m = m (exp(sigma^2) - 1), in mV. */
    public static double normalisedVariability(double mu, double sigma2) {
        return mean(mu, sigma2) * Math.expm1(sigma2);
    }

    /** Log-space variance with weight-space mean m and variance s2: sigma^2 = ln(1 + s2/m^2). */
    public static double logVarianceOf(double m, double s2) {
        Require.positive("m", m);
        Require.nonNegative("s2", s2);
        return Math.log1p(s2 / (m * m));
    }

    /** Log-space mean with weight-space mean m and variance s2: mu = ln m - sigma^2/2. */
    public static double logMeanOf(double m, double s2) {
        return Math.log(m) - 0.5 * logVarianceOf(m, s2);
    }
}

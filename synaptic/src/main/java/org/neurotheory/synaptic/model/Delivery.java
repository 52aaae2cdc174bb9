package org.neurotheory.synaptic.model;

import java.util.SplittableRandom;

/**
 * How a synapse turns its belief into a delivered PSP amplitude at each presynaptic spike
 * (§2.4), and the matching per-synapse term v_j of the error variance
 * sigma_delta^2 = sigma_0^2 + sum_j x_j v_j (Eq. 2.5).
 */
public enum Delivery {
    /** Synaptic sampling: w ~ LogNormal(mu, sigma^2), so PSP variance = posterior variance s^2. */
    SAMPLING,
    /** Fixed-Fano noise: w ~ N(m, k m), variability unrelated to uncertainty. */
    FIXED_FANO,
    /** Deterministic: w = m, no PSP variability. */
    DETERMINISTIC;

    /** v_j: 2 s^2 (sampling), s^2 + k m (fixed Fano), s^2 (deterministic). */
    public double errorVarianceTerm(double m, double s2, double fanoK) {
        return switch (this) {
            case SAMPLING -> 2 * s2;
            case FIXED_FANO -> s2 + fanoK * m;
            case DETERMINISTIC -> s2;
        };
    }

    /** Trial-to-trial variance of the delivered PSP: s^2, k m or 0. */
    public double pspVariance(double m, double s2, double fanoK) {
        return switch (this) {
            case SAMPLING -> s2;
            case FIXED_FANO -> fanoK * m;
            case DETERMINISTIC -> 0;
        };
    }

    /** One delivered amplitude for the belief (mu, sigma^2) with weight-space mean m. */
    public double deliver(double mu, double sigma2, double m, double fanoK, SplittableRandom rng) {
        return switch (this) {
            case SAMPLING -> Math.exp(mu + Math.sqrt(sigma2) * rng.nextGaussian());
            case FIXED_FANO -> m + Math.sqrt(fanoK * m) * rng.nextGaussian();
            case DETERMINISTIC -> m;
        };
    }
}

package org.neurotheory.synaptic.model;

import java.util.SplittableRandom;

/**
 * How a synapse turns its belief N(mu, sigma^2) over its log-weight into the PSP amplitude it
 * delivers at a presynaptic spike (§2.4). Independent of the error-variance term the synapses
 * assume ({@link ErrorVarianceTerm}): the successor's MSE comparison (its Fig. 3) delivers the mean
 * while assuming the fixed-Fano term, its steady-state statistics deliver the mean while assuming
 * 2 s^2. {@link Delivery} names the three matched pairs of §2.4-2.5.
 */
public enum PspModel {
    /** Synaptic sampling: w ~ LogNormal(mu, sigma^2), a fresh draw per spike; PSP variance s^2. */
    LOGNORMAL_SAMPLE,
    /** Fixed-Fano noise: w ~ N(m, k m), variability unrelated to uncertainty; PSP variance k m. */
    FIXED_FANO,
    /** The mean: w = m = exp(mu + sigma^2/2), no PSP variability. */
    MEAN;

    /** Trial-to-trial variance of the delivered PSP: s^2, k m or 0 (mV^2). */
    public double variance(double m, double s2, double fanoK) {
        return switch (this) {
            case LOGNORMAL_SAMPLE -> s2;
            case FIXED_FANO -> fanoK * m;
            case MEAN -> 0;
        };
    }

    /** One delivered amplitude (mV) for the belief (mu, sigma^2) with weight-space mean m. */
    public double deliver(double mu, double sigma2, double m, double fanoK, SplittableRandom rng) {
        return switch (this) {
            case LOGNORMAL_SAMPLE -> Math.exp(mu + Math.sqrt(sigma2) * rng.nextGaussian());
            case FIXED_FANO -> m + Math.sqrt(fanoK * m) * rng.nextGaussian();
            case MEAN -> m;
        };
    }
}

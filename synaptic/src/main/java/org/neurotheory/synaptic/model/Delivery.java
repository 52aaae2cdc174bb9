package org.neurotheory.synaptic.model;

import java.util.SplittableRandom;

/**
 * The three matched PSP models of §2.4: how a synapse turns its belief into a delivered PSP
 * amplitude at each presynaptic spike ({@link #psp()}) together with the error-variance term
 * v_j of sigma_delta^2 = sigma_0^2 + sum_j x_j v_j that matches it (Eq. 2.5, {@link #errorTerm()}).
 * Other combinations (e.g. mean PSPs with the 2 s^2 term, as in the successor code's statistics runs)
 * are built from the two parts, {@code new SynapticSimulation(params, psp, errorTerm, feedback, seed)}.
 */
public enum Delivery {
    /** Synaptic sampling: w ~ LogNormal(mu, sigma^2), so PSP variance = posterior variance s^2; v = 2 s^2. */
    SAMPLING(PspModel.LOGNORMAL_SAMPLE, ErrorVarianceTerm.SAMPLED),
    /** Fixed-Fano noise: w ~ N(m, k m), variability unrelated to uncertainty; v = s^2 + k m. */
    FIXED_FANO(PspModel.FIXED_FANO, ErrorVarianceTerm.FIXED_FANO),
    /** Deterministic: w = m, no PSP variability; v = s^2. */
    DETERMINISTIC(PspModel.MEAN, ErrorVarianceTerm.MEAN);

    private final PspModel psp;
    private final ErrorVarianceTerm errorTerm;

    Delivery(PspModel psp, ErrorVarianceTerm errorTerm) {
        this.psp = psp;
        this.errorTerm = errorTerm;
    }

    /** How PSPs are delivered. */
    public PspModel psp() {
        return psp;
    }

    /** The matching error-variance term. */
    public ErrorVarianceTerm errorTerm() {
        return errorTerm;
    }

    /** v_j: 2 s^2 (sampling), s^2 + k m (fixed Fano), s^2 (deterministic). */
    public double errorVarianceTerm(double m, double s2, double fanoK) {
        return errorTerm.of(m, s2, fanoK);
    }

    /** Trial-to-trial variance of the delivered PSP: s^2, k m or 0. */
    public double pspVariance(double m, double s2, double fanoK) {
        return psp.variance(m, s2, fanoK);
    }

    /** One delivered amplitude for the belief (mu, sigma^2) with weight-space mean m. */
    public double deliver(double mu, double sigma2, double m, double fanoK, SplittableRandom rng) {
        return psp.deliver(mu, sigma2, m, fanoK, rng);
    }
}

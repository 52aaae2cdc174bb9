package org.neurotheory.synaptic.theory;

import org.neurotheory.core.Require;

/**
 * Reconstructed mechanism for prediction P4 (§3.5; the 2015 mechanism is unknown):
 * the error signal reaching a synapse at distance d from the soma is attenuated by
 * a(d) = exp(-d / lengthConstant) and corrupted by local noise of s.d. {@code localNoise}, so the
 * synapse's effective error variance is sigma_eff^2 = sigma_delta^2 + localNoise^2 / a^2, which
 * replaces sigma_delta^2 in Eq. (S1). Distal synapses learn from less information: their
 * steady-state variability is larger and rises monotonically with d (flat when localNoise = 0).
 *
 * @param lengthConstant attenuation length of the back-propagating error signal (same unit as d)
 * @param localNoise     s.d. of the local noise on the error, mV
 */
public record DendriticAttenuation(double lengthConstant, double localNoise) {
    public DendriticAttenuation {
        Require.positive("lengthConstant", lengthConstant);
        Require.nonNegative("localNoise", localNoise);
    }

    /** a(d) = exp(-d / lengthConstant), in (0, 1]. */
    public double attenuation(double distance) {
        Require.nonNegative("distance", distance);
        return Math.exp(-distance / lengthConstant);
    }

    /** sigma_eff^2 = sigma_delta^2 + localNoise^2 / a(d)^2. */
    public double effectiveErrorVariance(double sigmaDelta2, double distance) {
        return effectiveErrorVarianceAtAttenuation(sigmaDelta2, attenuation(distance));
    }

    /**
     * sigma_eff^2 = sigma_delta^2 + localNoise^2 / a^2 for a given attenuation a in (0, 1] (measured,
     * or from another cable model than the exponential of {@link #attenuation}).
     */
    public double effectiveErrorVarianceAtAttenuation(double sigmaDelta2, double attenuation) {
        Require.positive("sigmaDelta2", sigmaDelta2);
        Require.that(attenuation > 0 && attenuation <= 1, "attenuation", attenuation, "must be in (0, 1]");
        return sigmaDelta2 + localNoise * localNoise / (attenuation * attenuation);
    }

    /** Steady-state s^2/m = m (e^{sigma^2} - 1) at distance d, with sigma^2 from Eq. (S1) under sigma_eff^2. */
    public double normalisedVariability(double nu, double m, double sigmaDelta2, double sigma2Prior, double tau,
                                        double distance) {
        return normalisedVariabilityAtAttenuation(nu, m, sigmaDelta2, sigma2Prior, tau, attenuation(distance));
    }

    /** As {@link #normalisedVariability} for a given attenuation a in (0, 1] instead of a distance. */
    public double normalisedVariabilityAtAttenuation(double nu, double m, double sigmaDelta2, double sigma2Prior,
                                                     double tau, double attenuation) {
        double s = SteadyStateVariance.logVariance(nu, m, effectiveErrorVarianceAtAttenuation(sigmaDelta2, attenuation),
                sigma2Prior, tau);
        return m * Math.expm1(s);
    }
}

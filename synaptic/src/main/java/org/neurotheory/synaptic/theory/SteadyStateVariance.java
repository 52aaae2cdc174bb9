package org.neurotheory.synaptic.theory;

import org.neurotheory.core.Require;

/**
 * Closed-form steady-state posterior variance of the per-synapse filter (Eq. S1, §3.1).
 * Averaging the variance update over spikes and setting it to zero,
 * nu m^2 sigma^4 / sigma_delta^2 + (2/tau)(sigma^2 - sigma_prior^2) = 0, gives
 * sigma^2 = 2 sigma_prior^2 (nu_0/nu)(sqrt(1 + nu/nu_0) - 1) with
 * nu_0 = sigma_delta^2 / (2 m^2 sigma_prior^2 tau). Low rates: sigma^2 -> sigma_prior^2;
 * high rates: sigma^2 ~ sqrt(2 sigma_prior^2 sigma_delta^2 / (tau nu m^2)), i.e. nu^{-1/2}.
 */
public final class SteadyStateVariance {
    private SteadyStateVariance() {
    }

    /** nu_0 = sigma_delta^2 / (2 m^2 sigma_prior^2 tau), the rate in Hz where likelihood and prior balance. */
    public static double crossoverRate(double m, double sigmaDelta2, double sigma2Prior, double tau) {
        Require.positive("m", m);
        Require.positive("sigmaDelta2", sigmaDelta2);
        Require.positive("sigma2Prior", sigma2Prior);
        Require.positive("tau", tau);
        return sigmaDelta2 / (2 * m * m * sigma2Prior * tau);
    }

    /** Eq. (S1): the steady-state log-space variance sigma^2 for rate {@code nu} (Hz) and PSP mean m (mV). */
    public static double logVariance(double nu, double m, double sigmaDelta2, double sigma2Prior, double tau) {
        Require.positive("nu", nu);
        double r = nu / crossoverRate(m, sigmaDelta2, sigma2Prior, tau);
        // (sqrt(1 + r) - 1)/r written without cancellation
        return 2 * sigma2Prior / (Math.sqrt(1 + r) + 1);
    }

    /**
     * Eq. (S2), approximate form: normalised variability s^2/m ~ m sigma^2 (mV). The exact
     * log-normal value m (e^{sigma^2} - 1) is larger by a factor 1 + sigma^2/2 + ..., below 4% here.
     */
    public static double normalisedVariability(double nu, double m, double sigmaDelta2, double sigma2Prior, double tau) {
        return m * logVariance(nu, m, sigmaDelta2, sigma2Prior, tau);
    }

    /** PSP variance s^2 ~ m^2 sigma^2 (mV^2), the approximate form of Eq. (S2). */
    public static double pspVariance(double nu, double m, double sigmaDelta2, double sigma2Prior, double tau) {
        return m * m * logVariance(nu, m, sigmaDelta2, sigma2Prior, tau);
    }

    /**
     * Local log-log slope d ln(s^2/m) / d ln nu at fixed m, r/(2 sqrt(1+r)(sqrt(1+r) - 1)) - 1 with
     * r = nu/nu_0: 0 for nu << nu_0 and -1/2 for nu >> nu_0 (prediction P2, §3.3).
     */
    public static double rateSlope(double nu, double m, double sigmaDelta2, double sigma2Prior, double tau) {
        Require.positive("nu", nu);
        double r = nu / crossoverRate(m, sigmaDelta2, sigma2Prior, tau);
        double q = Math.sqrt(1 + r);
        // r / (2 q (q - 1)) = (q + 1) / (2 q)
        return (q + 1) / (2 * q) - 1;
    }

    /**
     * Weight-space (Gaussian filter) form: s_w^2 = 2 S^2 (nu_0'/nu)(sqrt(1 + nu/nu_0') - 1),
     * nu_0' = sigma_delta^2 / (2 S^2 tau) (§3.1, last line).
     */
    public static double weightVariance(double nu, double variancePrior, double sigmaDelta2, double tau) {
        Require.positive("nu", nu);
        Require.positive("variancePrior", variancePrior);
        Require.positive("sigmaDelta2", sigmaDelta2);
        Require.positive("tau", tau);
        double r = nu * 2 * variancePrior * tau / sigmaDelta2;
        return 2 * variancePrior / (Math.sqrt(1 + r) + 1);
    }
}

package org.neurotheory.synaptic.model;

import org.neurotheory.core.Require;

/**
 * Parameters of the synaptic-sampling model (§2; values from the successor code of
 * Aitchison et al., Nat. Neurosci. 2021, which keeps the model of arXiv:1505.04544).
 *
 * @param synapses    number N of synapses onto the neuron
 * @param dt          time step in s (Bernoulli spike bins, filter step)
 * @param tau         time constant in s of the Ornstein-Uhlenbeck drift of the target log-weights
 * @param muPrior     stationary mean of the target log-weight (log mV)
 * @param sigma2Prior stationary variance of the target log-weight
 * @param sigma0      standard deviation in mV of the extra noise on the error signal
 * @param log10RateSd standard deviation of log10 of the presynaptic rates (median rate 1 Hz)
 * @param fanoK       variance-to-mean ratio in mV of the fixed-Fano comparison model
 */
public record SynapticParameters(int synapses, double dt, double tau, double muPrior, double sigma2Prior,
                                 double sigma0, double log10RateSd, double fanoK) {
    public SynapticParameters {
        Require.positive("synapses", synapses);
        Require.openRange("dt", dt, 0, 1);
        Require.positive("tau", tau);
        Require.that(tau >= 10 * dt, "tau", tau, "must be >= 10 dt = " + 10 * dt);
        Require.finite("muPrior", muPrior);
        Require.positive("sigma2Prior", sigma2Prior);
        Require.positive("sigma0", sigma0);
        Require.nonNegative("log10RateSd", log10RateSd);
        Require.nonNegative("fanoK", fanoK);
    }

    /** The successor code's defaults ("Linear" rule): N = 1000, dt = 10 ms, tau = 1000 s. */
    public static SynapticParameters paper() {
        return new SynapticParameters(1000, 0.01, 1000, -0.669, 0.07448, 2.0, 0.5, 0.0877);
    }

    /** The same parameters with {@code n} synapses. */
    public SynapticParameters withSynapses(int n) {
        return new SynapticParameters(n, dt, tau, muPrior, sigma2Prior, sigma0, log10RateSd, fanoK);
    }

    /** The same parameters with OU time constant {@code newTau} (s). */
    public SynapticParameters withTau(double newTau) {
        return new SynapticParameters(synapses, dt, newTau, muPrior, sigma2Prior, sigma0, log10RateSd, fanoK);
    }

    /** Prior mean of the weight, m_prior = exp(mu + sigma^2/2) (0.53166 mV at the defaults). */
    public double priorMean() {
        return LogNormalBelief.mean(muPrior, sigma2Prior);
    }

    /** Prior variance of the weight, S^2 = m^2 (e^{sigma^2} - 1) (0.021856 mV^2 at the defaults). */
    public double priorVariance() {
        return LogNormalBelief.variance(muPrior, sigma2Prior);
    }
}

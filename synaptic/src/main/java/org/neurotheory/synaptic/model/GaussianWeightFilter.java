package org.neurotheory.synaptic.model;

import org.neurotheory.core.Require;

/**
 * The weight-space (Gaussian) variant of the per-synapse filter (§3.1 and 7.1): each
 * synapse keeps N(m_i, s_i^2) over its weight itself. For a spiking synapse the gain is
 * g_i = s_i^2 / sigma_delta^2, Delta m_i = g_i delta, Delta s_i^2 = -g_i^2 sigma_delta^2; the OU
 * prior adds -(dt/tau)(m_i - m_prior) and -(2 dt/tau)(s_i^2 - S_prior^2). With a single
 * deterministic synapse, sigma_delta^2 = sigma_0^2 + s_i^2 and no drift (tau = infinity) this is
 * exactly the scalar Kalman filter: 1/s^2 grows by 1/sigma_0^2 per observation.
 */
public final class GaussianWeightFilter {
    private final double[] m;
    private final double[] s2;
    private final double[] dm;
    private final double[] ds;
    private final double meanPrior;
    private final double variancePrior;
    private final double meanDecay;
    private final double varianceDecay;

    /**
     * @param m0            initial weight means in mV (copied)
     * @param s20           initial weight variances in mV^2 (copied), each > 0
     * @param meanPrior     stationary weight mean of the OU prior, mV
     * @param variancePrior stationary weight variance of the OU prior, mV^2
     * @param dt            step in s
     * @param tau           OU time constant in s; {@code Double.POSITIVE_INFINITY} for no drift
     */
    public GaussianWeightFilter(double[] m0, double[] s20, double meanPrior, double variancePrior,
                                double dt, double tau) {
        Require.allFinite("m0", m0);
        Require.length("s20", Require.allFinite("s20", s20), m0.length);
        for (int i = 0; i < s20.length; i++) {
            Require.positive("s20[" + i + "]", s20[i]);
        }
        Require.finite("meanPrior", meanPrior);
        Require.positive("variancePrior", variancePrior);
        Require.positive("dt", dt);
        Require.that(tau > dt, "tau", tau, "must be > dt = " + dt + " (infinity allowed)");
        this.m = m0.clone();
        this.s2 = s20.clone();
        this.dm = new double[m0.length];
        this.ds = new double[m0.length];
        this.meanPrior = meanPrior;
        this.variancePrior = variancePrior;
        this.meanDecay = dt / tau;
        this.varianceDecay = 2 * dt / tau;
    }

    /** Weight mean m_i in mV. */
    public double mean(int i) {
        return m[i];
    }

    /** Weight variance s_i^2 in mV^2. */
    public double variance(int i) {
        return s2[i];
    }

    /** One step: likelihood for the {@code count} active synapses, prior for all (state at step start). */
    public void step(int[] active, int count, double delta, double sigmaDelta2) {
        Require.positive("sigmaDelta2", sigmaDelta2);
        for (int a = 0; a < count; a++) {
            double g = s2[active[a]] / sigmaDelta2;
            dm[a] = g * delta;
            ds[a] = -g * g * sigmaDelta2;
        }
        for (int i = 0; i < m.length; i++) {
            m[i] -= meanDecay * (m[i] - meanPrior);
            s2[i] -= varianceDecay * (s2[i] - variancePrior);
        }
        for (int a = 0; a < count; a++) {
            m[active[a]] += dm[a];
            s2[active[a]] += ds[a];
        }
    }
}

package org.neurotheory.synaptic.model;

import org.neurotheory.core.Require;
import org.neurotheory.core.ode.DivergenceException;

/**
 * The per-synapse approximate Bayesian filter of the "Linear" feedback rule (Eq. 2.5,
 * successor code of Aitchison et al. 2021): a Kalman filter linearised in log space. Each
 * synapse i keeps a Gaussian belief N(mu_i, sigma_i^2) over its target log-weight.
 *
 * <p>Per step, for every synapse with a presynaptic spike (likelihood part), with
 * m_i = exp(mu_i + sigma_i^2/2) and the gain g_i = sigma_i^2 m_i / sigma_delta^2:
 * Delta mu_i = g_i delta, Delta sigma_i^2 = -g_i^2 sigma_delta^2; for every synapse (the OU
 * prior propagated through the filter): Delta mu_i -= (dt/tau)(mu_i - mu_prior),
 * Delta sigma_i^2 -= (2 dt/tau)(sigma_i^2 - sigma_prior^2). Both parts use the state at the start
 * of the step, as in the successor code. The state lives in plain arrays; a step allocates nothing.
 */
public final class BayesianSynapseFilter {
    private final double[] mu;
    private final double[] sigma2;
    private final double[] dMu;
    private final double[] dSigma2;
    private final double muPrior;
    private final double sigma2Prior;
    private final double meanDecay;
    private final double varianceDecay;

    /**
     * @param mu0         initial log-space means (copied)
     * @param sigma20     initial log-space variances (copied), each > 0
     * @param muPrior     OU stationary mean
     * @param sigma2Prior OU stationary variance
     * @param dt          step in s
     * @param tau         OU time constant in s
     */
    public BayesianSynapseFilter(double[] mu0, double[] sigma20, double muPrior, double sigma2Prior,
                                 double dt, double tau) {
        Require.allFinite("mu0", mu0);
        Require.length("sigma20", Require.allFinite("sigma20", sigma20), mu0.length);
        for (int i = 0; i < sigma20.length; i++) {
            Require.positive("sigma20[" + i + "]", sigma20[i]);
        }
        Require.finite("muPrior", muPrior);
        Require.positive("sigma2Prior", sigma2Prior);
        Require.positive("dt", dt);
        Require.positive("tau", tau);
        Require.that(dt < tau, "dt", dt, "must be < tau = " + tau);
        this.mu = mu0.clone();
        this.sigma2 = sigma20.clone();
        this.dMu = new double[mu0.length];
        this.dSigma2 = new double[mu0.length];
        this.muPrior = muPrior;
        this.sigma2Prior = sigma2Prior;
        this.meanDecay = dt / tau;
        this.varianceDecay = 2 * dt / tau;
    }

    /** Number of synapses. */
    public int size() {
        return mu.length;
    }

    /** Log-space mean mu_i. */
    public double mu(int i) {
        return mu[i];
    }

    /** Log-space variance sigma_i^2. */
    public double sigma2(int i) {
        return sigma2[i];
    }

    /** PSP mean m_i. */
    public double mean(int i) {
        return LogNormalBelief.mean(mu[i], sigma2[i]);
    }

    /** PSP variance s_i^2 under sampling (the posterior variance in weight space). */
    public double variance(int i) {
        return LogNormalBelief.variance(mu[i], sigma2[i]);
    }

    /** Copies of the log-space means and variances, {@code {mu, sigma2}}. */
    public double[][] state() {
        return new double[][] {mu.clone(), sigma2.clone()};
    }

    /**
     * One time step of the filter for any feedback: the same linearised (assumed-density) update with
     * the derivatives of the feedback's log-likelihood with respect to the membrane potential. With
     * h_i = sigma_i^2 m_i, every active synapse gets Delta mu_i = h_i score and
     * Delta sigma_i^2 = -h_i^2 curvature, and every synapse the OU prior part as in
     * {@link #step(int[], int, double, double)}. Linear feedback: score = delta / sigma_delta^2,
     * curvature = 1 / sigma_delta^2 ({@link #step} computes exactly this). Binary feedback (§2.5):
     * score = f r(z) / sigma_delta, curvature = r(z) (r(z) + z) / sigma_delta^2 with
     * z = -f u_0 sigma_0 / sigma_delta and r the inverse Mills ratio ({@link Feedback#millsRatio}).
     *
     * @throws DivergenceException as {@link #step}
     */
    public void stepWithScores(int[] active, int count, double score, double curvature) {
        for (int a = 0; a < count; a++) {
            int i = active[a];
            double s = sigma2[i];
            double h = s * Math.exp(mu[i] + 0.5 * s);
            dMu[a] = h * score;
            dSigma2[a] = -h * h * curvature;
        }
        applyPriorAndUpdates(active, count);
    }

    /**
     * One time step.
     *
     * @param active      indices of the synapses with a presynaptic spike (first {@code count} used)
     * @param count       number of active synapses
     * @param delta       error signal delta = V_tar - V + noise, in mV
     * @param sigmaDelta2 error variance assumed by the synapses, in mV^2
     * @throws DivergenceException if a belief leaves the finite, positive-variance range; it carries
     *                             the last finite (mu_i, sigma_i^2) of the offending synapse
     */
    public void step(int[] active, int count, double delta, double sigmaDelta2) {
        for (int a = 0; a < count; a++) {
            int i = active[a];
            double s = sigma2[i];
            double g = s * Math.exp(mu[i] + 0.5 * s) / sigmaDelta2;
            dMu[a] = g * delta;
            dSigma2[a] = -g * g * sigmaDelta2;
        }
        applyPriorAndUpdates(active, count);
    }

    private void applyPriorAndUpdates(int[] active, int count) {
        final double mp = muPrior;
        final double sp = sigma2Prior;
        final double dm = meanDecay;
        final double ds = varianceDecay;
        for (int i = 0; i < mu.length; i++) {
            mu[i] -= dm * (mu[i] - mp);
            sigma2[i] -= ds * (sigma2[i] - sp);
        }
        for (int a = 0; a < count; a++) {
            int i = active[a];
            double newMu = mu[i] + dMu[a];
            double newSigma2 = sigma2[i] + dSigma2[a];
            if (!(newSigma2 > 0) || !Double.isFinite(newMu) || !Double.isFinite(newSigma2)) {
                throw new DivergenceException("belief of synapse " + i + " left the finite range (mu = "
                        + newMu + ", sigma2 = " + newSigma2 + ")", Double.NaN, new double[] {mu[i], sigma2[i]});
            }
            mu[i] = newMu;
            sigma2[i] = newSigma2;
        }
    }
}

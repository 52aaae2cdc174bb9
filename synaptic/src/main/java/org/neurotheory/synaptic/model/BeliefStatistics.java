package org.neurotheory.synaptic.model;

import org.neurotheory.core.Require;

/**
 * Time averages of the synapses' beliefs over a measurement window (§2.6): per
 * synapse the PSP mean &lt;m_i&gt;, PSP variance &lt;s_i^2&gt; and normalised variability
 * &lt;s_i^2/m_i&gt;; over all synapses and sample times the calibration (fraction with
 * |mu_i - lambda_i| &lt; 2 sigma_i, ideal 0.954) and the log-space mean squared error.
 *
 * @param mean                  &lt;m_i&gt; in mV
 * @param variance              &lt;s_i^2&gt; in mV^2
 * @param normalisedVariability &lt;s_i^2/m_i&gt; in mV
 * @param calibration           fraction of (i, t) inside the 2-sigma band
 * @param logMse                &lt;(mu_i - lambda_i)^2&gt;
 * @param samples               number of sample times
 */
public record BeliefStatistics(double[] mean, double[] variance, double[] normalisedVariability,
                               double calibration, double logMse, int samples) {
    public BeliefStatistics {
        Require.nonNull("mean", mean);
        Require.length("variance", variance, mean.length);
        Require.length("normalisedVariability", normalisedVariability, mean.length);
        Require.probability("calibration", calibration);
        Require.nonNegative("logMse", logMse);
        Require.positive("samples", samples);
    }

    /**
     * Advances {@code sim} by {@code samples * every} steps, sampling the beliefs after every
     * {@code every} steps.
     */
    public static BeliefStatistics measure(SynapticSimulation sim, int samples, int every) {
        Require.nonNull("sim", sim);
        Require.positive("samples", samples);
        Require.positive("every", every);
        BayesianSynapseFilter f = sim.filter();
        int n = f.size();
        double[] m = new double[n];
        double[] v = new double[n];
        double[] r = new double[n];
        long inside = 0;
        double sq = 0;
        for (int k = 0; k < samples; k++) {
            sim.advance(every);
            for (int i = 0; i < n; i++) {
                double mu = f.mu(i);
                double s = f.sigma2(i);
                double mi = LogNormalBelief.mean(mu, s);
                double vi = mi * mi * Math.expm1(s);
                m[i] += mi;
                v[i] += vi;
                r[i] += vi / mi;
                double e = mu - sim.targetLogWeight(i);
                sq += e * e;
                if (e * e < 4 * s) {
                    inside++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            m[i] /= samples;
            v[i] /= samples;
            r[i] /= samples;
        }
        double total = (double) samples * n;
        return new BeliefStatistics(m, v, r, inside / total, sq / total, samples);
    }
}

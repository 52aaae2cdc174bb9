package org.neurotheory.synaptic.model;

import org.neurotheory.core.Require;

/**
 * The successor paper's performance measure (§2.6): the mean squared error of the log-weight
 * estimate, MSE = &lt;(mu_i - lambda_i)^2&gt; over synapses and time after a burn-in. Sampled every
 * {@code every} steps (not every step as in the successor code: the error decorrelates over tau,
 * 10^5 steps). The record keeps the per-sample series so that paired comparisons of two rules on
 * the same seed can use block means for their standard error.
 *
 * @param mse          the mean over all samples and synapses
 * @param sampleMse    per sample, the mean over synapses of (mu_i - lambda_i)^2
 * @param samplePeriod steps between samples
 */
public record TrackingError(double mse, double[] sampleMse, long samplePeriod) {
    /**
     * Advances {@code sim} by {@code burnInSteps}, then takes {@code samples} samples {@code every}
     * steps apart (the first after {@code every} steps).
     */
    public static TrackingError measure(LearningSynapses sim, long burnInSteps, int samples, long every) {
        Require.nonNull("sim", sim);
        Require.nonNegative("burnInSteps", (double) burnInSteps);
        Require.positive("samples", samples);
        Require.positive("every", every);
        int n = sim.parameters().synapses();
        sim.advance(burnInSteps);
        double[] series = new double[samples];
        double total = 0;
        for (int k = 0; k < samples; k++) {
            sim.advance(every);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double e = sim.estimatedLogWeight(i) - sim.targetLogWeight(i);
                sum += e * e;
            }
            series[k] = sum / n;
            total += series[k];
        }
        return new TrackingError(total / samples, series, every);
    }

    /**
     * Standard error of this run's MSE minus {@code other}'s over the same sample times, from the
     * means of {@code blocks} consecutive blocks (choose blocks at least tau long: samples within
     * tau are correlated).
     */
    public double pairedStandardError(TrackingError other, int blocks) {
        Require.nonNull("other", other);
        Require.that(other.sampleMse.length == sampleMse.length, "other.samples", other.sampleMse.length,
                "must be " + sampleMse.length);
        Require.inRange("blocks", blocks, 2, sampleMse.length);
        int per = sampleMse.length / blocks;
        double[] d = new double[blocks];
        double mean = 0;
        for (int b = 0; b < blocks; b++) {
            double s = 0;
            for (int k = b * per; k < (b + 1) * per; k++) {
                s += sampleMse[k] - other.sampleMse[k];
            }
            d[b] = s / per;
            mean += d[b] / blocks;
        }
        double var = 0;
        for (double x : d) {
            var += (x - mean) * (x - mean);
        }
        return Math.sqrt(var / (blocks - 1) / blocks);
    }
}

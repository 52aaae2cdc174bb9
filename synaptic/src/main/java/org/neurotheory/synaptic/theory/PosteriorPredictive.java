package org.neurotheory.synaptic.theory;

import org.apache.commons.math3.special.Erf;
import org.neurotheory.core.Require;

/**
 * The posterior predictive of a task-relevant potential V_tar = sum_i x_i w_tar,i given the
 * synapses' beliefs (§3.6): approximately N(sum_i x_i m_i, sum_i x_i s_i^2) under the
 * mean-field belief. Under synaptic sampling the trial-to-trial distribution of the actual V has
 * exactly this mean and variance, so a downstream reader gets calibrated uncertainty from the PSP
 * variability alone; deterministic PSPs report variance 0, fixed-Fano PSPs report sum_i x_i k m_i.
 * Decisions: act iff P(V_tar &gt; theta) &gt; c/(1 + c), for gain 1 when right and loss c when wrong.
 */
public final class PosteriorPredictive {
    private PosteriorPredictive() {
    }

    /** Gaussian log density of {@code x} under N(mean, variance), variance &gt; 0. */
    public static double logScore(double x, double mean, double variance) {
        Require.positive("variance", variance);
        double z = x - mean;
        return -0.5 * (Math.log(2 * Math.PI * variance) + z * z / variance);
    }

    /** P(V &gt; threshold) under N(mean, variance); a step function when variance is 0. */
    public static double exceedance(double mean, double variance, double threshold) {
        Require.nonNegative("variance", variance);
        if (variance == 0) {
            return mean > threshold ? 1 : 0;
        }
        return 0.5 * Erf.erfc((threshold - mean) / Math.sqrt(2 * variance));
    }

    /** The decision rule: act iff P(V_tar &gt; threshold) &gt; cost / (1 + cost). */
    public static boolean act(double mean, double variance, double threshold, double cost) {
        Require.positive("cost", cost);
        return exceedance(mean, variance, threshold) > cost / (1 + cost);
    }

    /** Utility of a decision: 0 without action, +1 if acting was right (V_tar &gt; threshold), -cost otherwise. */
    public static double utility(boolean acted, double target, double threshold, double cost) {
        if (!acted) {
            return 0;
        }
        return target > threshold ? 1 : -cost;
    }
}

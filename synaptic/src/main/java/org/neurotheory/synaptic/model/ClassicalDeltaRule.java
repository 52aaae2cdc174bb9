package org.neurotheory.synaptic.model;

import org.neurotheory.core.Require;
import org.neurotheory.core.ode.DivergenceException;

/**
 * The classical baseline of the successor paper (Aitchison et al. 2021, its Fig. 3; §2.5 "Classical
 * baselines"): the Bayesian rule's update with the posterior variance replaced by a fixed learning
 * rate eta and no variance or prior update. Each synapse keeps a point estimate lambda-hat_i of its
 * log-weight and delivers w_i = exp(lambda-hat_i). At a presynaptic spike:
 * <ul>
 * <li>linear feedback: Delta lambda-hat_i = eta delta;</li>
 * <li>binary feedback: Delta lambda-hat_i = eta f r(-f u_0), f = sign(delta - u_0 sigma_0), r the
 *     inverse Mills ratio ({@link Feedback#millsRatio}); 1/sigma_0 is absorbed in eta.</li>
 * </ul>
 * The state lives in a plain array; a step allocates nothing.
 */
public final class ClassicalDeltaRule {
    private final double[] logWeight;
    private final double learningRate;
    private final Feedback feedback;
    private final double sigma0;
    private final double upChange;
    private final double downChange;

    /**
     * @param logWeight0   initial estimates lambda-hat_i(0) (copied)
     * @param learningRate eta > 0
     * @param feedback     linear or binary
     * @param sigma0       sd of the error noise in mV (sets the binary threshold u_0 sigma_0)
     */
    public ClassicalDeltaRule(double[] logWeight0, double learningRate, Feedback feedback, double sigma0) {
        this.logWeight = Require.allFinite("logWeight0", logWeight0).clone();
        this.learningRate = Require.positive("learningRate", learningRate);
        Require.finite("learningRate", learningRate);
        this.feedback = Require.nonNull("feedback", feedback);
        this.sigma0 = Require.positive("sigma0", sigma0);
        double u0 = feedback instanceof Feedback.Binary b ? b.u0() : 0;
        this.upChange = learningRate * Feedback.millsRatio(-u0);
        this.downChange = -learningRate * Feedback.millsRatio(u0);
    }

    /** Number of synapses. */
    public int size() {
        return logWeight.length;
    }

    /** The estimate lambda-hat_i. */
    public double logWeight(int i) {
        return logWeight[i];
    }

    /** The delivered PSP amplitude w_i = exp(lambda-hat_i) in mV. */
    public double weight(int i) {
        return Math.exp(logWeight[i]);
    }

    /** The learning rate eta. */
    public double learningRate() {
        return learningRate;
    }

    /**
     * One time step: every active synapse moves by the same amount.
     *
     * @throws DivergenceException if an estimate leaves the finite range; it carries the last finite
     *                             estimate of the offending synapse
     */
    public void step(int[] active, int count, double delta) {
        double change;
        if (feedback instanceof Feedback.Binary binary) {
            change = binary.signal(delta, sigma0) > 0 ? upChange : downChange;
        } else {
            change = learningRate * delta;
        }
        for (int a = 0; a < count; a++) {
            int i = active[a];
            double next = logWeight[i] + change;
            if (!Double.isFinite(next) || next > 50) {
                throw new DivergenceException("estimate of synapse " + i + " left the finite range (lambda-hat = "
                        + next + ")", Double.NaN, new double[] {logWeight[i]});
            }
            logWeight[i] = next;
        }
    }
}

package org.neurotheory.synaptic.model;

import org.neurotheory.core.Require;

/**
 * One neuron whose synapses learn with the classical fixed-learning-rate rule
 * ({@link ClassicalDeltaRule}) in the same world as the Bayesian rule: for the same seed the spikes,
 * targets, noise and initial estimates lambda-hat_i(0) = mu_prior (1 + xi_i) are those of
 * {@link SynapticSimulation} (common random numbers). Delivered PSPs are exp(lambda-hat_i), the error
 * is delta = V_tar - V + sigma_0 xi (Eq. 2.3), as in the successor code's classical runs.
 */
public final class ClassicalSimulation implements LearningSynapses {
    private final SynapticParameters params;
    private final SynapseEnvironment env;
    private final ClassicalDeltaRule rule;

    /**
     * @param params       the model
     * @param feedback     linear or binary
     * @param learningRate eta > 0
     * @param seed         the seed (shared streams with {@link SynapticSimulation})
     */
    public ClassicalSimulation(SynapticParameters params, Feedback feedback, double learningRate, long seed) {
        this.params = Require.nonNull("params", params);
        this.env = new SynapseEnvironment(params, seed);
        this.rule = new ClassicalDeltaRule(SynapticSimulation.initialLogWeights(params, seed), learningRate, feedback,
                params.sigma0());
    }

    @Override
    public void advance(long steps) {
        Require.that(steps >= 0, "steps", steps, "must be >= 0");
        for (long k = 0; k < steps; k++) {
            int count = env.drawSpikes();
            int[] active = env.active();
            double error = 0;
            for (int a = 0; a < count; a++) {
                int i = active[a];
                error += env.targetWeight(i) - rule.weight(i);
            }
            rule.step(active, count, error + env.noise());
            env.endStep();
        }
    }

    /** The rule (live view; read only between steps). */
    public ClassicalDeltaRule rule() {
        return rule;
    }

    @Override
    public SynapticParameters parameters() {
        return params;
    }

    @Override
    public double estimatedLogWeight(int i) {
        return rule.logWeight(i);
    }

    @Override
    public double targetLogWeight(int i) {
        return env.targetLogWeight(i);
    }

    @Override
    public double[] rates() {
        return env.rates();
    }

    /** Steps simulated so far. */
    public long stepCount() {
        return env.stepCount();
    }
}

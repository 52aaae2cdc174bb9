package org.neurotheory.synaptic.model;

/**
 * A neuron's synapses learning drifting target weights under some rule (§2): what a tracking
 * measurement needs, the estimate and the target of each log-weight. Implemented by the Bayesian
 * rule ({@link SynapticSimulation}) and the classical fixed-learning-rate rule
 * ({@link ClassicalSimulation}); {@link TrackingError} measures either.
 */
public interface LearningSynapses {
    /** The parameters. */
    SynapticParameters parameters();

    /** Advances by {@code steps} time steps. */
    void advance(long steps);

    /** The rule's estimate of the target log-weight of synapse i (mu_i, or the classical lambda-hat_i). */
    double estimatedLogWeight(int i);

    /** Target log-weight lambda_i now (draws the OU transition since its last read). */
    double targetLogWeight(int i);

    /** Presynaptic rates in Hz, descending (a copy). */
    double[] rates();
}

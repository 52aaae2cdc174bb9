/**
 * The synaptic-sampling model (§2): parameters ({@link
 * org.neurotheory.synaptic.model.SynapticParameters}), log-normal beliefs, the three PSP delivery
 * models, drifting target weights, the per-synapse Bayesian filter and the simulation of one
 * neuron. Use {@link org.neurotheory.synaptic.model.SynapticSimulation} with {@link
 * org.neurotheory.synaptic.model.BeliefStatistics#measure} for steady-state statistics; {@link
 * org.neurotheory.synaptic.model.GaussianWeightFilter} is the weight-space (Gaussian) variant.
 */
package org.neurotheory.synaptic.model;

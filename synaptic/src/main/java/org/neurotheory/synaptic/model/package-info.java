/**
 * The synaptic-sampling model (§2): parameters ({@link
 * org.neurotheory.synaptic.model.SynapticParameters}), log-normal beliefs, how PSPs are delivered
 * ({@link org.neurotheory.synaptic.model.PspModel}) and the error-variance term the synapses assume
 * ({@link org.neurotheory.synaptic.model.ErrorVarianceTerm}) as independent choices ({@link
 * org.neurotheory.synaptic.model.Delivery} names the three matched pairs), linear or binary
 * {@link org.neurotheory.synaptic.model.Feedback}, drifting target weights, the per-synapse Bayesian
 * filter and the simulation of one neuron; the classical fixed-learning-rate rule ({@link
 * org.neurotheory.synaptic.model.ClassicalSimulation}) in the same world ({@link
 * org.neurotheory.synaptic.model.SynapseEnvironment}) and the tracking error of either ({@link
 * org.neurotheory.synaptic.model.TrackingError}). Use {@link org.neurotheory.synaptic.model.SynapticSimulation} with {@link
 * org.neurotheory.synaptic.model.BeliefStatistics#measure} for steady-state statistics; {@link
 * org.neurotheory.synaptic.model.GaussianWeightFilter} is the weight-space (Gaussian) variant.
 */
package org.neurotheory.synaptic.model;

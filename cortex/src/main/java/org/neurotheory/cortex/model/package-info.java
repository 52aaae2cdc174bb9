/**
 * The spiking network simulator of the substitute model SUB-0 (§2): current-based LIF
 * neurons with exponential synaptic currents, integrated exactly ({@link org.neurotheory.cortex.model.ExactPropagator}),
 * Erdős–Rényi CSR connectivity ({@link org.neurotheory.cortex.model.SparseConnectivity}), one uniform delay
 * through a ring of spike lists, passive probe neurons, and the five external input states
 * ({@link org.neurotheory.cortex.model.InputState}). Start with
 * {@code new CorticalNetwork(NetworkParameters.sub0(), seed).run(InputState.A.profile(...), ...)}.
 * Analyses of the recorded spikes and traces live in {@code model.analysis}.
 */
package org.neurotheory.cortex.model;

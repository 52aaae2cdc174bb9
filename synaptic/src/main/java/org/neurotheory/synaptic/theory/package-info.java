/**
 * Closed forms of the synaptic-sampling model (§3): the steady-state posterior variance
 * Eq. (S1)-(S2) and prediction P2 ({@link org.neurotheory.synaptic.theory.SteadyStateVariance}),
 * P1 ({@link org.neurotheory.synaptic.theory.LtpResponse}), P3 ({@link
 * org.neurotheory.synaptic.theory.VarianceMeanLaw}), the reconstructed P4 mechanism ({@link
 * org.neurotheory.synaptic.theory.DendriticAttenuation}) and the posterior predictive used for
 * calibration and decisions ({@link org.neurotheory.synaptic.theory.PosteriorPredictive}); the
 * classical linear rule's tracking error against its learning rate, derived here ({@link
 * org.neurotheory.synaptic.theory.ClassicalSteadyState}, §3.7).
 */
package org.neurotheory.synaptic.theory;

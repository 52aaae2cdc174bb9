/**
 * Closed forms of the synaptic-sampling model (§3): the steady-state posterior variance
 * Eq. (S1)-(S2) and prediction P2 ({@link org.neurotheory.synaptic.theory.SteadyStateVariance}),
 * P1 ({@link org.neurotheory.synaptic.theory.LtpResponse}), P3 ({@link
 * org.neurotheory.synaptic.theory.VarianceMeanLaw}), the reconstructed P4 mechanism ({@link
 * org.neurotheory.synaptic.theory.DendriticAttenuation}) and the posterior predictive used for
 * calibration and decisions ({@link org.neurotheory.synaptic.theory.PosteriorPredictive}).
 */
package org.neurotheory.synaptic.theory;

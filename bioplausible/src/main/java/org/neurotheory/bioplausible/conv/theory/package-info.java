/**
 * Closed forms for the weight-sharing dynamics of Pogodin et al. 2021, "Towards Biologically
 * Plausible Convolutional Networks": the fixed point of the sharing objective and its inverse-SNR
 * factor ({@link org.neurotheory.bioplausible.conv.theory.SharingFixedPoint}), the stability bound
 * of the discrete Hebbian update ({@link org.neurotheory.bioplausible.conv.theory.HebbianStability}),
 * the lateral-inhibition circuit's steady state and its {@code 1/(1+alpha)^2} floor
 * ({@link org.neurotheory.bioplausible.conv.theory.CircuitSteadyState}), its time scales and the
 * per-hold fixed point that includes transients
 * ({@link org.neurotheory.bioplausible.conv.theory.CircuitTimeScales}), the phase-group rule and
 * border range ({@link org.neurotheory.bioplausible.conv.theory.PhaseGroups}), and the scale
 * collapse at the first sharing event ({@link org.neurotheory.bioplausible.conv.theory.ScaleCollapse}).
 */
package org.neurotheory.bioplausible.conv.theory;

/**
 * Theory of the substitute model (§3): the large-K balanced solution
 * ({@link org.neurotheory.cortex.theory.BalancedState}), the Siegert / Fourcaud-Brunel rate
 * ({@link org.neurotheory.cortex.theory.SiegertRate}, built on a stable {@link org.neurotheory.cortex.theory.Erfcx}),
 * the damped mean-field fixed point ({@link org.neurotheory.cortex.theory.MeanField}), the ISI CV formula
 * ({@link org.neurotheory.cortex.theory.IsiCv}), free-V statistics by Campbell's theorem
 * ({@link org.neurotheory.cortex.theory.FreeMembranePotential}, {@link org.neurotheory.cortex.theory.PspKernel})
 * and the linear tracking of shared input ({@link org.neurotheory.cortex.theory.InputTracking}).
 * Units: ms, mV, Hz.
 */
package org.neurotheory.cortex.theory;

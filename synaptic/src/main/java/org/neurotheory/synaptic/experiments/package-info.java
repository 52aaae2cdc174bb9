/**
 * One class per figure of the reconstructed figure plan (§4.1): F1 {@link
 * org.neurotheory.synaptic.experiments.Fig1PosteriorSchematic}, F2 {@link
 * org.neurotheory.synaptic.experiments.Fig2Tracking}, F3 {@link
 * org.neurotheory.synaptic.experiments.Fig3SamplingBenefit}, F4 {@link
 * org.neurotheory.synaptic.experiments.Fig4LtpChange}, F5 {@link
 * org.neurotheory.synaptic.experiments.Fig5RateVariability}, F6 {@link
 * org.neurotheory.synaptic.experiments.Fig6MeanVariance}, F7 {@link
 * org.neurotheory.synaptic.experiments.Fig7SomaDistance}; the successor paper's Fig. 3 (§3.7, Bayesian
 * against classical learning) as {@link org.neurotheory.synaptic.experiments.Fig8ClassicalComparison}; {@link
 * org.neurotheory.synaptic.experiments.SteadyStateRun} runs a simulation to steady state.
 */
package org.neurotheory.synaptic.experiments;

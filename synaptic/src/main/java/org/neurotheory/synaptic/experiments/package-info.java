/**
 * One class per figure of the reconstructed figure plan (card section 4.1): F1 {@link
 * org.neurotheory.synaptic.experiments.PosteriorSchematicFigure}, F2 {@link
 * org.neurotheory.synaptic.experiments.TrackingFigure}, F3 {@link
 * org.neurotheory.synaptic.experiments.SamplingBenefitFigure}, F4 {@link
 * org.neurotheory.synaptic.experiments.LtpChangeFigure}, F5 {@link
 * org.neurotheory.synaptic.experiments.RateVariabilityFigure}, F6 {@link
 * org.neurotheory.synaptic.experiments.MeanVarianceFigure}, F7 {@link
 * org.neurotheory.synaptic.experiments.SomaDistanceFigure}; {@link
 * org.neurotheory.synaptic.experiments.SteadyStateRun} runs a simulation to steady state.
 */
package org.neurotheory.synaptic.experiments;

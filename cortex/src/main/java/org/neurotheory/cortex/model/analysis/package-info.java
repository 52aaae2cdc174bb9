/**
 * Measurements on simulated spikes and probe traces (§2.7): rates, ISI CV, Fano factors,
 * spike-count correlations and population covariances ({@link org.neurotheory.cortex.model.analysis.SpikeStatistics}),
 * FFT-based cross-correlations and band-limited coherence ({@link org.neurotheory.cortex.model.analysis.CrossCorrelation}),
 * synchrony and probe statistics ({@link org.neurotheory.cortex.model.analysis.ProbeStatistics}),
 * volley PSTHs ({@link org.neurotheory.cortex.model.analysis.VolleyPsth}), power spectra
 * ({@link org.neurotheory.cortex.model.analysis.PowerSpectrum}) and Up/Down segmentation
 * ({@link org.neurotheory.cortex.model.analysis.UpDownSegments}).
 */
package org.neurotheory.cortex.model.analysis;

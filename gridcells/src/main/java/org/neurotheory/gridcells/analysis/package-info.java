/**
 * Analyses of optimised codes (Section 4.0): exact {@link org.neurotheory.gridcells.analysis.RateMap}s,
 * {@link org.neurotheory.gridcells.analysis.Autocorrelogram}s with the overlap fix, gridness
 * ({@link org.neurotheory.gridcells.analysis.GridScore}: grid60, grid90, min-max),
 * {@link org.neurotheory.gridcells.analysis.FrequencySpectrum},
 * {@link org.neurotheory.gridcells.analysis.ModuleAssignment}, the
 * {@link org.neurotheory.gridcells.analysis.LatticeTest} and
 * {@link org.neurotheory.gridcells.analysis.CodeStatistics} (in-room negativity, pairwise map
 * correlation, low-frequency power).
 */
package org.neurotheory.gridcells.analysis;

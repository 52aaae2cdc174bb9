/**
 * Analytical results of the paper (Sections 3-4 and Appendices C-L) as functions:
 * {@link org.neurotheory.gridcells.theory.CircleEuclideanLoss} (eq. 7-8),
 * {@link org.neurotheory.gridcells.theory.FejerFamily} (non-negativity and harmonics),
 * {@link org.neurotheory.gridcells.theory.LowFrequencyBias} (chi on the circle),
 * {@link org.neurotheory.gridcells.theory.GaussianOccupancy} (high-frequency bias, closed form of
 * the chi-weighted loss, the Goldilocks annulus), {@link org.neurotheory.gridcells.theory.LatticePacking}
 * (hexagon against square), {@link org.neurotheory.gridcells.theory.HarmonicExpansion} (Bessel
 * expansion, harmonic penalty), {@link org.neurotheory.gridcells.theory.ModuleOrientation}
 * (overlap of two and three modules against their angles), {@link org.neurotheory.gridcells.theory.ModuleSize}
 * (field width, spacing and module size) and {@link org.neurotheory.gridcells.theory.RoomGeometry}.
 */
package org.neurotheory.gridcells.theory;

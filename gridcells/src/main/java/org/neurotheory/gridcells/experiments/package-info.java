/**
 * One class per reproduced figure of the paper (see docs/papers/gridcells.md):
 * {@link org.neurotheory.gridcells.experiments.Fig2aRandomCodes},
 * {@link org.neurotheory.gridcells.experiments.Fig3bFejerHarmonics},
 * {@link org.neurotheory.gridcells.experiments.Fig3cCircleLattice},
 * {@link org.neurotheory.gridcells.experiments.Fig3dTorusLattice},
 * {@link org.neurotheory.gridcells.experiments.Fig4aGoldilocksAnnulus},
 * {@link org.neurotheory.gridcells.experiments.Fig4bHexagonalModule},
 * {@link org.neurotheory.gridcells.experiments.Fig5aModuleSize},
 * {@link org.neurotheory.gridcells.experiments.Fig5cModuleOffset},
 * {@link org.neurotheory.gridcells.experiments.Fig5dModuleOverlap},
 * {@link org.neurotheory.gridcells.experiments.Fig5fghRoomGeometry},
 * {@link org.neurotheory.gridcells.experiments.Fig13FrequencyBiases},
 * {@link org.neurotheory.gridcells.experiments.Fig14BesselExpansion},
 * {@link org.neurotheory.gridcells.experiments.Fig15TorusAblations},
 * {@link org.neurotheory.gridcells.experiments.Fig17dThreeModules},
 * {@link org.neurotheory.gridcells.experiments.Fig18BoxRoom},
 * {@link org.neurotheory.gridcells.experiments.Fig19aRingBumps},
 * {@link org.neurotheory.gridcells.experiments.Fig19bSphereCaps},
 * {@link org.neurotheory.gridcells.experiments.Fig19cdSphereGrids},
 * {@link org.neurotheory.gridcells.experiments.Fig19fPeriodicVolume}.
 */
package org.neurotheory.gridcells.experiments;

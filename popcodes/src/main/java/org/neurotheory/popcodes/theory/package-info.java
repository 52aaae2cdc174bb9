/**
 * Closed forms and solvers. {@link org.neurotheory.popcodes.theory.FisherSolver} computes every
 * information (E1, E5) by Cholesky without an inverse and without allocation per call: use one
 * instance per thread in loops. {@link org.neurotheory.popcodes.theory.PropagationBound} (E7, E8),
 * {@link org.neurotheory.popcodes.theory.OptimalFamily} (E9),
 * {@link org.neurotheory.popcodes.theory.RankOneInformation} (E3, R6, R8),
 * {@link org.neurotheory.popcodes.theory.Redundancy} (E2, R9),
 * {@link org.neurotheory.popcodes.theory.EigenInformation} (E11) are the theory;
 * {@link org.neurotheory.popcodes.theory.BiasCorrectedFisher} estimates information from samples
 * and {@link org.neurotheory.popcodes.theory.CovarianceOptimiser} searches covariances numerically.
 */
package org.neurotheory.popcodes.theory;

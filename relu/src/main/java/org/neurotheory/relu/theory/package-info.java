/**
 * Theory of bias-free (leaky) ReLU networks: the odd/even split
 * ({@link org.neurotheory.relu.theory.OddEvenDecomposition}) and the two-layer expressivity floor on
 * odd targets ({@link org.neurotheory.relu.theory.ExpressivityFloor}); a three-layer odd nonlinear
 * network (depth separation, {@link org.neurotheory.relu.theory.DepthSeparationNetwork}); the exact
 * equivalence with a linear network under symmetric data and pair initialisation
 * ({@link org.neurotheory.relu.theory.EquivalentLinearNetwork}, Theorem A: the one definition of the
 * linear network a ReLU network is compared with; {@link org.neurotheory.relu.theory.PairEquivalence},
 * the distance from the pair manifold) and the resulting closed-form time
 * course ({@link org.neurotheory.relu.theory.ReluTimeCourse}, built on core's
 * {@link org.neurotheory.core.dln.SaxeModeSolution}); deep block-symmetric networks and their reduced
 * deep linear network ({@link org.neurotheory.relu.theory.BlockSymmetricReduction}); singular-value
 * diagnostics ({@link org.neurotheory.relu.theory.LowRankStructure}).
 */
package org.neurotheory.relu.theory;

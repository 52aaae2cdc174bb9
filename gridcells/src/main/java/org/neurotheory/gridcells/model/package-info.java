/**
 * Actionable codes and their optimisation (Sections 2-3 of the paper and its Appendix B).
 *
 * <ul>
 * <li>{@link org.neurotheory.gridcells.model.ActionableCode}: {@code g(x) = W r(x)} from the
 *     irreducible representations of the translation group, its group action and transition
 *     matrices; {@link org.neurotheory.gridcells.model.IrrepBasis} the basis and
 *     {@link org.neurotheory.gridcells.model.FrequencyBudget} the limit {@code D <= (N-1)/2}.</li>
 * <li>{@link org.neurotheory.gridcells.model.OpenSpaceObjective}: functional, non-negativity and
 *     norm losses on a line, plane or volume with hand-derived gradients.</li>
 * <li>{@link org.neurotheory.gridcells.model.GecoOptimisation}: the optimisation loop of every code,
 *     Adam (official variant), GECO constraint weights
 *     ({@link org.neurotheory.gridcells.model.ConstraintSchedule#official} and
 *     {@link org.neurotheory.gridcells.model.ConstraintSchedule#fast}), best-snapshot rule,
 *     checkpoint and resume; {@link org.neurotheory.gridcells.model.CodeOptimisation} runs it on a
 *     line, plane or volume and {@link org.neurotheory.gridcells.model.Restarts} runs several.</li>
 * <li>Finite spaces (Section 2.5), behind {@link org.neurotheory.gridcells.model.FiniteSpace}: the circle,
 *     torus and 3-torus ({@link org.neurotheory.gridcells.model.PeriodicSpace} with the candidate integer
 *     frequencies of {@link org.neurotheory.gridcells.model.IntegerFrequencies}) and the sphere
 *     ({@link org.neurotheory.gridcells.model.Sphere}: real spherical harmonics,
 *     {@link org.neurotheory.gridcells.model.SphericalHarmonics}, rotated by Wigner-D blocks,
 *     {@link org.neurotheory.gridcells.model.WignerRotation}; codes as
 *     {@link org.neurotheory.gridcells.model.SphereCode});
 *     {@link org.neurotheory.gridcells.model.FiniteSpaceObjective} (separation, non-negativity and the
 *     equivariance loss with the learned return matrix B over all candidate irreps) and
 *     {@link org.neurotheory.gridcells.model.FiniteSpaceOptimisation}.</li>
 * </ul>
 */
package org.neurotheory.gridcells.model;

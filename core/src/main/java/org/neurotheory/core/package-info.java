/**
 * The shared core of neurotheory.
 *
 * <ul>
 *   <li>{@code ode}: systems, gradient flows, integrators (Euler = gradient descent, RK4, Dormand-Prince),
 *       trajectories on linear or log grids, threshold events and the divergence guard.</li>
 *   <li>{@code dln}: deep-linear-network gradient flows and their exact (Saxe et al.) mode solutions.</li>
 *   <li>{@code linalg}: EJML helpers named after the maths and {@code Interop} to ND4J.</li>
 *   <li>{@code data}: seeded dataset generators and the IDX (MNIST format) reader.</li>
 *   <li>{@code random}: explicit seeds and per-run streams.</li>
 *   <li>{@code figure}, {@code paper}: figures as data + checks, their export, and the paper registry.</li>
 *   <li>{@code sweep}, {@code provenance}, {@code progress}: parameter grids, run records, progress reports.</li>
 * </ul>
 * {@link org.neurotheory.core.Require} validates arguments everywhere.
 */
package org.neurotheory.core;

/**
 * Robust information propagation through noisy neural circuits: J. Zylberberg, A. Pouget,
 * P. E. Latham, E. Shea-Brown, PLoS Comput Biol 13(4): e1005497 (2017), arXiv:1608.05706.
 *
 * <p>Linear Fisher information of a first-layer population, {@code I_x = f'^T Sigma_xi^{-1} f'},
 * and of a second layer after a noisy (linearised nonlinear) stage,
 * {@code I_y = f'^T (Sigma_xi + Sigma_y)^{-1} f'}; the bound {@code 1/I_y >= 1/I_x + 1/J}; the
 * family of covariances that attains it; Monte-Carlo estimates from simulated circuits. Equation
 * labels (E1-E11), results (R1-R10), section numbers (§) and check numbers refer to the model
 * reference on docs/papers/popcodes.md, where the model is re-derived because the full text was
 * not available.
 *
 * <table>
 *   <caption>Figures, classes and tests</caption>
 *   <tr><th>figure</th><th>class</th><th>test</th></tr>
 *   <tr><td>Fig. 2 (reconstructed recipe)</td><td>{@link org.neurotheory.popcodes.experiments.Fig2RedundantCodes}</td><td>PopcodesFiguresTest</td></tr>
 *   <tr><td>Fig. 4 (schematic, numeric version)</td><td>{@link org.neurotheory.popcodes.experiments.Fig4OptimalFamily}</td><td>PopcodesFiguresTest</td></tr>
 *   <tr><td>Fig. 7 (reconstructed recipe)</td><td>{@link org.neurotheory.popcodes.experiments.Fig7SynergisticCodes}</td><td>PopcodesFiguresTest</td></tr>
 *   <tr><td>S1 bound scatter (derived)</td><td>{@link org.neurotheory.popcodes.experiments.FigS1BoundScatter}</td><td>PopcodesFiguresTest</td></tr>
 *   <tr><td>S2 spiking stage (derived)</td><td>{@link org.neurotheory.popcodes.experiments.FigS2SpikingStage}</td><td>PopcodesFiguresTest</td></tr>
 *   <tr><td>S3 covariance optimisation (derived)</td><td>{@link org.neurotheory.popcodes.experiments.FigS3CovarianceOptimisation}</td><td>PopcodesFiguresTest, CovarianceOptimiserTest</td></tr>
 *   <tr><td>checks 1-11</td><td>{@code theory} package</td><td>TheoryTest</td></tr>
 * </table>
 */
package org.neurotheory.popcodes;

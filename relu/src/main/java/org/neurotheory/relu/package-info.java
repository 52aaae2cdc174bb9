/**
 * Y. Zhang, A. M. Saxe, P. E. Latham, "When Are Bias-Free ReLU Networks Effectively Linear Networks?",
 * TMLR 2025 (v1: "... Like Linear Networks?", HiLD workshop, ICML 2024), arXiv:2406.12615.
 * The full text was not available; the implementation follows the reconstructed paper card
 * (card sections cited in the javadoc). Registry entry: {@link org.neurotheory.relu.ReluPaper}.
 *
 * <table>
 * <caption>figure -> class -> test</caption>
 * <tr><th>figure (key)</th><th>class</th><th>test</th></tr>
 * <tr><td>slope sweep vs closed form, the paper's recovered figure ({@code alpha-sweep}, card E2)</td>
 *     <td>{@link org.neurotheory.relu.experiments.AlphaSweepFigure#alphaSweep()}</td><td>ReluFiguresTest, PaperScaleTest</td></tr>
 * <tr><td>closed form with odd nonlinear residual ({@code closed-form}, E3)</td>
 *     <td>{@link org.neurotheory.relu.experiments.AlphaSweepFigure#closedForm()}</td><td>ReluFiguresTest, ReluTimeCourseTest</td></tr>
 * <tr><td>exact equivalence, Theorem A ({@code exactness}, E5)</td>
 *     <td>{@link org.neurotheory.relu.experiments.ExactEquivalenceFigure}</td><td>ReluFiguresTest, PairEquivalenceTest</td></tr>
 * <tr><td>expressivity floor and depth separation ({@code expressivity}, E1)</td>
 *     <td>{@link org.neurotheory.relu.experiments.ExpressivityFigure}</td><td>ReluFiguresTest, OddEvenDecompositionTest</td></tr>
 * <tr><td>what breaks the equivalence ({@code breaking}, E4)</td>
 *     <td>{@link org.neurotheory.relu.experiments.EquivalenceBreakingFigure}</td><td>ReluFiguresTest, PairEquivalenceTest</td></tr>
 * <tr><td>deep networks: low rank, plateaus, block symmetry ({@code deep}, E6)</td>
 *     <td>{@link org.neurotheory.relu.experiments.DeepNetworkFigure}</td><td>ReluFiguresTest, BlockSymmetricReductionTest</td></tr>
 * </table>
 */
package org.neurotheory.relu;

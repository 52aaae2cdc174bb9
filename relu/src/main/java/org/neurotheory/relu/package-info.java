/**
 * Y. Zhang, A. M. Saxe, P. E. Latham, "When Are Bias-Free ReLU Networks Effectively Linear Networks?",
 * TMLR 2025 (v1: "... Like Linear Networks?", HiLD workshop, ICML 2024), arXiv:2406.12615.
 * The full text was not available; the implementation follows a reconstruction of the paper's
 * claims from its abstract (see docs/papers/relu.md). Registry entry: {@link org.neurotheory.relu.ReluPaper}.
 *
 * <table>
 * <caption>figure -> class -> test</caption>
 * <tr><th>figure (key)</th><th>class</th><th>test</th></tr>
 * <tr><td>slope sweep vs closed form, the paper's recovered figure ({@code fige2})</td>
 *     <td>{@link org.neurotheory.relu.experiments.FigE2AlphaSweep}</td><td>ReluFiguresTest (quick and, slow, paper scale)</td></tr>
 * <tr><td>closed form with odd nonlinear residual ({@code fige3})</td>
 *     <td>{@link org.neurotheory.relu.experiments.FigE3ClosedForm}</td><td>ReluFiguresTest, ReluTimeCourseTest</td></tr>
 * <tr><td>exact equivalence, Theorem A ({@code fige5})</td>
 *     <td>{@link org.neurotheory.relu.experiments.FigE5ExactEquivalence}</td><td>ReluFiguresTest, PairEquivalenceTest</td></tr>
 * <tr><td>expressivity floor and depth separation ({@code fige1})</td>
 *     <td>{@link org.neurotheory.relu.experiments.FigE1Expressivity}</td><td>ReluFiguresTest, OddEvenDecompositionTest</td></tr>
 * <tr><td>what breaks the equivalence ({@code fige4})</td>
 *     <td>{@link org.neurotheory.relu.experiments.FigE4EquivalenceBreaking}</td><td>ReluFiguresTest, PairEquivalenceTest</td></tr>
 * <tr><td>deep networks: low rank, plateaus, block symmetry ({@code fige6})</td>
 *     <td>{@link org.neurotheory.relu.experiments.FigE6DeepNetworks}</td><td>ReluFiguresTest, BlockSymmetricReductionTest</td></tr>
 * </table>
 */
package org.neurotheory.relu;

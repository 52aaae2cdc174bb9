/**
 * Schwarz, Jayakumar, Pascanu, Latham, Teh, "Powerpropagation: A sparsity inducing weight
 * reparameterisation", NeurIPS 2021, arXiv:2110.00296: weights {@code w = psi |psi|^(alpha-1)}.
 *
 * <table>
 * <caption>Paper figure, class, test</caption>
 * <tr><th>figure</th><th>class (key)</th><th>test</th></tr>
 * <tr><td>Fig. 1a: accuracy vs weights remaining, one-shot pruning</td>
 *     <td>{@link org.neurotheory.sparsity.experiments.Fig1aAccuracyVsSparsity} (fig1a)</td>
 *     <td>SparsityFiguresTest</td></tr>
 * <tr><td>Fig. 1b/c: weight distributions at init and after training</td>
 *     <td>{@link org.neurotheory.sparsity.experiments.Fig1bcWeightDistributions} (fig1bc)</td>
 *     <td>SparsityFiguresTest</td></tr>
 * <tr><td>Fig. 2: accuracy vs sparsity, gradual pruning and Top-KAST during training</td>
 *     <td>{@link org.neurotheory.sparsity.experiments.Fig2SparseTraining} (fig2)</td>
 *     <td>SparsityFiguresTest, TopKastTrainingTest</td></tr>
 * <tr><td>Continual learning, Algorithm 1 (EfficientPackNet + Powerprop)</td>
 *     <td>{@link org.neurotheory.sparsity.experiments.FigClContinualLearning} (figcl)</td>
 *     <td>SparsityFiguresTest, PruningTest (ownership)</td></tr>
 * <tr><td>Sec. 3 analysis (no figure in the paper)</td>
 *     <td>{@link org.neurotheory.sparsity.experiments.FigT1RichGetRicher} (figt1)</td>
 *     <td>SparsityFiguresTest, theory tests</td></tr>
 * </table>
 * Registry entry: {@link org.neurotheory.sparsity.SparsityPaper}. Docs: {@code docs/papers/sparsity.md}.
 */
package org.neurotheory.sparsity;

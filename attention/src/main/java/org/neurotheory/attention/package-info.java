/**
 * Zhang, Singh, Latham and Saxe, "Training Dynamics of In-Context Learning in Linear Attention",
 * ICML 2025 (PMLR 267), arXiv:2501.16265; official code yedizhang/linattn-icl.
 *
 * <table>
 * <caption>Paper figure, class, test</caption>
 * <tr><th>figure</th><th>class</th><th>test</th></tr>
 * <tr><td>Fig. 1a (ATTN_M = MLP on cubic features)</td><td>{@link org.neurotheory.attention.model.MergedAttention},
 *     {@link org.neurotheory.attention.model.CubicFeatureMlp}</td><td>ModelIdentitiesTest</td></tr>
 * <tr><td>Fig. 1b (key fig1)</td><td>{@link org.neurotheory.attention.experiments.Fig1MergedAttention}</td><td>QuickFiguresTest</td></tr>
 * <tr><td>Fig. 1b, white covariance, Eq. (10) (fig1white)</td><td>{@link org.neurotheory.attention.experiments.Fig1WhiteTimeCourse},
 *     {@link org.neurotheory.attention.theory.WhiteTimeCourse}</td><td>QuickFiguresTest, TheoryTest</td></tr>
 * <tr><td>Fig. 2 (convolutional view of ATTN_S)</td><td>{@link org.neurotheory.attention.model.ReducedSeparateAttention}</td><td>ModelIdentitiesTest</td></tr>
 * <tr><td>Fig. 3 (fig3), Eqs. (18)-(22)</td><td>{@link org.neurotheory.attention.experiments.Fig3SeparateAttention},
 *     {@link org.neurotheory.attention.theory.SaddlePoints}, {@link org.neurotheory.attention.theory.ValueOde}</td><td>QuickFiguresTest, TheoryTest</td></tr>
 * <tr><td>Fig. 4, Fig. 12 (fig4, fig12)</td><td>{@link org.neurotheory.attention.experiments.Fig4RankSweep}, {@link org.neurotheory.attention.experiments.Fig12RankSweep}</td><td>QuickFiguresTest</td></tr>
 * <tr><td>in-context vs in-weight panels (figicl)</td><td>{@link org.neurotheory.attention.experiments.FigIclInContextVsInWeight},
 *     {@link org.neurotheory.attention.data.TaskMixture}</td><td>QuickFiguresTest</td></tr>
 * <tr><td>Eq. (15) population moments</td><td>{@link org.neurotheory.attention.theory.PopulationMoments}</td><td>TheoryTest</td></tr>
 * </table>
 */
package org.neurotheory.attention;

/**
 * Y. Zhang, P. E. Latham and A. M. Saxe, "Understanding Unimodal Bias in Multimodal Deep Linear
 * Networks", ICML 2024 (PMLR 235), arXiv:2312.00935. Figure letters follow the reconstruction of
 * the paper card (the paper text was not available; see docs/papers/multimodal.md).
 *
 * <table>
 *   <caption>paper figure, class, test</caption>
 *   <tr><th>figure</th><th>class</th><th>test</th></tr>
 *   <tr><td>B: two-layer early vs late fusion, phase portraits</td><td>{@link org.neurotheory.multimodal.experiments.FigBEarlyVsLateFusion}</td><td>FigureBTest</td></tr>
 *   <tr><td>C: time ratio, misattribution, random datasets (E2)</td><td>{@link org.neurotheory.multimodal.experiments.FigCTimeRatio}</td><td>FigureCTest</td></tr>
 *   <tr><td>D: superficial modality preference</td><td>{@link org.neurotheory.multimodal.experiments.FigDSuperficialPreference}</td><td>FigureDTest</td></tr>
 *   <tr><td>E: deep fusion time ratio (E5, E6)</td><td>{@link org.neurotheory.multimodal.experiments.FigEDeepFusion}</td><td>FigureETest</td></tr>
 *   <tr><td>F: generalisation, permanent unimodal bias</td><td>{@link org.neurotheory.multimodal.experiments.FigFGeneralisation}</td><td>FigureFTest</td></tr>
 *   <tr><td>G: ReLU fusion on noisy two-view Fashion-MNIST (reduced scale)</td><td>{@link org.neurotheory.multimodal.experiments.FigGTwoViewImages}</td><td>FigureGTest</td></tr>
 *   <tr><td>theory closed forms</td><td>{@link org.neurotheory.multimodal.theory.DeepFusionTheory},
 *       {@link org.neurotheory.multimodal.theory.UnimodalPhaseTheory}</td><td>DeepFusionTheoryTest, UnimodalPhaseTheoryTest</td></tr>
 *   <tr><td>gradient flow, fixed points, E1</td><td>{@link org.neurotheory.multimodal.model.MomentObjective}</td><td>FusionDynamicsTest, MomentObjectiveTest</td></tr>
 * </table>
 * Fig. G is reproduced for the noisy two-view image task only (on Fashion-MNIST, reduced scale);
 * its XOR + Gaussian panels are not.
 */
package org.neurotheory.multimodal;

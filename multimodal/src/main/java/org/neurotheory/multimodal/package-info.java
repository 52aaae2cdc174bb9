/**
 * Y. Zhang, P. E. Latham and A. M. Saxe, "Understanding Unimodal Bias in Multimodal Deep Linear
 * Networks", ICML 2024 (PMLR 235), arXiv:2312.00935. Figure letters follow a reconstruction
 * from the official code (the paper text was not available). Section numbers (§), equation labels
 * (E1-E6) and check numbers refer to the model reference on docs/papers/multimodal.md.
 *
 * <table>
 *   <caption>paper figure, class, test</caption>
 *   <tr><th>figure</th><th>class</th><th>test</th></tr>
 *   <tr><td>B: two-layer early vs late fusion, phase portraits</td><td>{@link org.neurotheory.multimodal.experiments.FigBEarlyVsLateFusion}</td><td>MultimodalFiguresTest</td></tr>
 *   <tr><td>C: time ratio, misattribution, random datasets (E2)</td><td>{@link org.neurotheory.multimodal.experiments.FigCTimeRatio}</td><td>MultimodalFiguresTest</td></tr>
 *   <tr><td>D: superficial modality preference</td><td>{@link org.neurotheory.multimodal.experiments.FigDSuperficialPreference}</td><td>MultimodalFiguresTest</td></tr>
 *   <tr><td>E: deep fusion time ratio (E5, E6)</td><td>{@link org.neurotheory.multimodal.experiments.FigEDeepFusion}</td><td>MultimodalFiguresTest</td></tr>
 *   <tr><td>F: generalisation, permanent unimodal bias</td><td>{@link org.neurotheory.multimodal.experiments.FigFGeneralisation}</td><td>MultimodalFiguresTest</td></tr>
 *   <tr><td>G: ReLU fusion on noisy two-view Fashion-MNIST (reduced scale)</td><td>{@link org.neurotheory.multimodal.experiments.FigGTwoViewImages}</td><td>MultimodalFiguresTest, FigGTwoViewImagesTest</td></tr>
 *   <tr><td>theory closed forms</td><td>{@link org.neurotheory.multimodal.theory.DeepFusionTheory},
 *       {@link org.neurotheory.multimodal.theory.UnimodalPhaseTheory}</td><td>DeepFusionTheoryTest, UnimodalPhaseTheoryTest</td></tr>
 *   <tr><td>gradient flow, fixed points, E1</td><td>{@link org.neurotheory.multimodal.model.MomentObjective}</td><td>FusionDynamicsTest, MomentObjectiveTest</td></tr>
 * </table>
 * Fig. G is reproduced for the noisy two-view image task only (on Fashion-MNIST, reduced scale);
 * its XOR + Gaussian panels are not.
 */
package org.neurotheory.multimodal;

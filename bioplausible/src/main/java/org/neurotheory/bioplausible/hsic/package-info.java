/**
 * Pogodin and Latham, "Kernelized information bottleneck leads to biologically plausible 3-factor
 * Hebbian learning in deep networks", NeurIPS 2020, arXiv:2006.07123: every hidden layer minimises
 * its own objective pHSIC(Z,Z) - gamma pHSIC(Y,Z), whose gradient is a 3-factor Hebbian rule.
 *
 * <table>
 *   <caption>Paper item, class, test</caption>
 *   <tr><th>paper</th><th>class</th><th>test</th></tr>
 *   <tr><td>kernels, pHSIC, objective (E1), third factor (E2)</td><td>{@code model.*Kernel}, {@code model.HsicEstimators},
 *       {@code model.BottleneckObjective}, {@code model.ThirdFactor}</td><td>{@code KernelGradientTest}, {@code HsicClosedFormsTest}</td></tr>
 *   <tr><td>grouping, centring, divisive normalisation</td><td>{@code model.Grouping}, {@code model.Centring},
 *       {@code model.DivisiveNormalisation}</td><td>{@code LocalHsicLossTest}</td></tr>
 *   <tr><td>3-factor Hebbian rule (E3)</td><td>{@code model.HebbianRule}</td><td>{@code HebbianRuleTest}</td></tr>
 *   <tr><td>layer-wise training order</td><td>{@code model.Mlp#layerwise}, {@code model.PhsicObjective}</td><td>{@code LayerwiseOrderTest}</td></tr>
 *   <tr><td>float32 training path of the local loss</td><td>{@code model.PhsicObjective}, {@code model.BatchLabelKernel}</td><td>{@code FloatPathTest}</td></tr>
 *   <tr><td>Fig. 1 (measured)</td><td>{@code experiments.Fig1LayerwiseVsBackprop}</td><td>{@code HsicFiguresTest}, {@code Fig1LayerwiseVsBackpropTest}</td></tr>
 *   <tr><td>Fig. 2 (two-point rule)</td><td>{@code experiments.Fig2TwoPointRule}, {@code experiments.ToyClusters}, {@code model.LeakyReluLayer}</td><td>{@code HsicFiguresTest}, {@code Fig2TwoPointRuleTest}</td></tr>
 *   <tr><td>Table 1 (Fashion-MNIST)</td><td>{@code experiments.Table1Methods}</td><td>{@code HsicFiguresTest}, {@code Table1MethodsTest}, {@code Table1TabulateTest}</td></tr>
 *   <tr><td>Table 1 (MNIST, Kuzushiji-MNIST, CIFAR-10 rows)</td><td>{@code experiments.Table1Dataset},
 *       {@code experiments.Table1Method}</td><td>{@code Table1DatasetsTest}</td></tr>
 * </table>
 */
package org.neurotheory.bioplausible.hsic;

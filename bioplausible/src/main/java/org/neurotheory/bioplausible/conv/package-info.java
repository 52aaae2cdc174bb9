/**
 * Pogodin, Mehta, Lillicrap, Latham, "Towards Biologically Plausible Convolutional Networks",
 * NeurIPS 2021, arXiv:2106.13031: locally connected networks made convolution-like by data
 * augmentation or by dynamic weight sharing (a Hebbian "sleep" phase through lateral inhibition).
 *
 * <table>
 * <caption>Paper figure, class, test</caption>
 * <tr><th>paper</th><th>class</th><th>test</th></tr>
 * <tr><td>Fig. 4 (toy convergence)</td><td>{@link org.neurotheory.bioplausible.conv.experiments.Fig4SharingConvergence}</td><td>{@code ConvFiguresTest}</td></tr>
 * <tr><td>Fig. S1 (derived: one sleep phase on LC layers, Fig. 3A made numeric)</td><td>{@link org.neurotheory.bioplausible.conv.experiments.FigS1SleepConvergence}</td><td>{@code ConvFiguresTest}</td></tr>
 * <tr><td>Sec. 5 image experiments at reduced scale (driver, no figure yet)</td><td>{@link org.neurotheory.bioplausible.conv.experiments.ImageTraining}</td><td>{@code ImageTrainingTest}</td></tr>
 * </table>
 */
package org.neurotheory.bioplausible.conv;

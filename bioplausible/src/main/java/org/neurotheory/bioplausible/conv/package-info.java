/**
 * Pogodin, Mehta, Lillicrap, Latham, "Towards Biologically Plausible Convolutional Networks",
 * NeurIPS 2021, arXiv:2106.13031: locally connected networks made convolution-like by data
 * augmentation or by dynamic weight sharing (a Hebbian "sleep" phase through lateral inhibition).
 *
 * <table>
 * <caption>Paper figure, class, test</caption>
 * <tr><th>paper</th><th>class</th><th>test</th></tr>
 * <tr><td>Fig. 4 (toy convergence)</td><td>{@link org.neurotheory.bioplausible.conv.experiments.Fig4SharingConvergence}</td><td>{@code ConvFiguresTest}</td></tr>
 * </table>
 */
package org.neurotheory.bioplausible.conv;

/**
 * Two papers on biologically plausible learning: {@code conv}, Pogodin, Mehta, Lillicrap, Latham,
 * "Towards Biologically Plausible Convolutional Networks", NeurIPS 2021, arXiv:2106.13031; and
 * {@code hsic}, Pogodin, Latham, "Kernelized information bottleneck leads to biologically plausible
 * 3-factor Hebbian learning in deep networks", NeurIPS 2020, arXiv:2006.07123.
 */
package org.neurotheory.bioplausible;

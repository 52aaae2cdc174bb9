/**
 * The pHSIC paper's results as figures: Table 1 (ten methods; Fashion-MNIST, and the MNIST, Kuzushiji-MNIST and CIFAR-10 rows when core's dataset catalog has their files), the measured side of
 * Fig. 1 (per-layer objective and accuracy against epoch, pHSIC against backprop) and Fig. 2 (the
 * online two-point rule). Training protocols: {@link org.neurotheory.bioplausible.hsic.experiments.Protocol}.
 */
package org.neurotheory.bioplausible.hsic.experiments;

/**
 * The pHSIC paper's results as figures: Table 1 (Fashion-MNIST, ten methods), the measured side of
 * Fig. 1 (per-layer objective and accuracy against epoch, pHSIC against backprop) and Fig. 2 (the
 * online two-point rule). Training protocols: {@link org.neurotheory.bioplausible.hsic.experiments.Protocol}.
 */
package org.neurotheory.bioplausible.hsic.experiments;

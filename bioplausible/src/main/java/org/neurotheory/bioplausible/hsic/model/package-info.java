/**
 * The pHSIC model of Pogodin and Latham (NeurIPS 2020): kernels ({@link
 * org.neurotheory.bioplausible.hsic.model.GaussianKernel}, {@link
 * org.neurotheory.bioplausible.hsic.model.CosineKernel}, {@link
 * org.neurotheory.bioplausible.hsic.model.LinearKernel}) with their backward passes, the centred
 * label kernel, the HSIC and pHSIC estimators, the layer objective (E1) and its third factor (E2),
 * the processing before the kernel (grouping, centring) and divisive normalisation, the whole
 * local loss of one layer ({@link org.neurotheory.bioplausible.hsic.model.LocalHsicLoss}), and the
 * explicit 3-factor Hebbian form of its update (E3).
 *
 * <p>Batched code runs on ND4J arrays of either precision (float64 for gradient checks); training
 * batches in float32 go through a workspace of reused Java arrays inside
 * {@link org.neurotheory.bioplausible.hsic.model.PhsicObjective}, with the batch's label kernel shared
 * by the layers ({@link org.neurotheory.bioplausible.hsic.model.BatchLabelKernel}).
 */
package org.neurotheory.bioplausible.hsic.model;

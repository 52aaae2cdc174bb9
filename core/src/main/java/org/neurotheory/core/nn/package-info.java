/**
 * Training networks on image data, with hand-derived batched gradients on ND4J GEMM.
 *
 * <p>A network is a {@link org.neurotheory.core.nn.Sequential} of {@link org.neurotheory.core.nn.Layer}s
 * ({@link org.neurotheory.core.nn.Dense}, {@link org.neurotheory.core.nn.Relu},
 * {@link org.neurotheory.core.nn.LeakyRelu}, ...). Each layer's backward pass is written by hand
 * and checked against central finite differences in double precision (core's test-jar,
 * {@code org.neurotheory.core.testing.GradientCheck}). Weights are
 * {@link org.neurotheory.core.nn.Parameter}s that may carry a
 * {@link org.neurotheory.core.nn.Reparameterisation} (the optimiser trains psi, the forward pass
 * uses w = f(psi); Powerpropagation is {@link org.neurotheory.core.nn.PowerReparameterisation})
 * and a mask (entries fixed at zero in both passes).
 *
 * <p>A {@link org.neurotheory.core.nn.Trainer} runs epochs of seeded mini-batches
 * ({@link org.neurotheory.core.nn.BatchOrder}) with a {@link org.neurotheory.core.nn.Loss}
 * ({@link org.neurotheory.core.nn.SoftmaxCrossEntropy}, {@link org.neurotheory.core.nn.SquaredError}),
 * an {@link org.neurotheory.core.nn.Optimizer} ({@link org.neurotheory.core.nn.Sgd},
 * {@link org.neurotheory.core.nn.Adam}, AdamW) and a
 * {@link org.neurotheory.core.nn.LearningRateSchedule}; it reports progress, evaluates after every
 * epoch and checkpoints ({@link org.neurotheory.core.nn.Checkpoint}) so a stopped run resumes with
 * the same bytes. Data come as {@link org.neurotheory.core.data.ImageDataset}.
 */
package org.neurotheory.core.nn;

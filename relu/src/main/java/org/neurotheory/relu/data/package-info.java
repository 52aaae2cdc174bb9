/**
 * Data for the bias-free ReLU experiments: {@link org.neurotheory.relu.data.ScalarTarget} (linear,
 * odd nonlinear and even targets), {@link org.neurotheory.relu.data.SymmetricRegressionGenerator}
 * (Gaussian inputs, exact whitening, orthogonalised noise, mirroring) and
 * {@link org.neurotheory.relu.data.BiasInput} (a constant input = hidden biases, the asymmetric control).
 * The mirroring itself is core's {@link org.neurotheory.core.data.SymmetricDataset}.
 */
package org.neurotheory.relu.data;

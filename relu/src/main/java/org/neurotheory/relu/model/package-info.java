/**
 * Bias-free (leaky) ReLU networks of any width and depth and their training.
 * {@link org.neurotheory.relu.model.BiasFreeNetwork} is the architecture (slope 1 = the linear
 * counterpart), {@link org.neurotheory.relu.model.NetworkGradientFlow} the full-batch gradient flow
 * on a {@link org.neurotheory.relu.model.RegressionData} (Euler steps = gradient descent), and the
 * initialisations are i.i.d. Gaussian ({@link org.neurotheory.relu.model.GaussianInitialisation}),
 * antisymmetric pairs for two-layer nets ({@link org.neurotheory.relu.model.PairSymmetricInitialisation})
 * and block-symmetric for deep nets ({@link org.neurotheory.relu.model.BlockSymmetricInitialisation}).
 */
package org.neurotheory.relu.model;

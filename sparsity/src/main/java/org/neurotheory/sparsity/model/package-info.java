/**
 * Powerpropagation's model pieces (Schwarz et al. 2021): the paper's MLP with Powerprop kernels
 * {@code w = psi |psi|^(alpha-1)} and the initialiser that gives every alpha the baseline's initial
 * weights ({@link org.neurotheory.sparsity.model.PowerpropMlp}, on core's
 * {@link org.neurotheory.core.nn.PowerReparameterisation} hook); and the sparsification methods the paper combines it with: one-shot layer-wise magnitude pruning
 * ({@link org.neurotheory.sparsity.model.OneShotPruning} and
 * {@link org.neurotheory.sparsity.model.PruningSweep} on a
 * {@link org.neurotheory.sparsity.model.MagnitudeRanking}), gradual magnitude pruning
 * ({@link org.neurotheory.sparsity.model.GradualPruningSchedule}), Top-KAST
 * ({@link org.neurotheory.sparsity.model.TopKast}; training through core's forward and update masks:
 * {@link org.neurotheory.sparsity.model.TopKastTraining}), RigL with regrowth away from the dead point
 * {@code psi = 0} ({@link org.neurotheory.sparsity.model.RigL}) and EfficientPackNet's per-task
 * weight ownership ({@link org.neurotheory.sparsity.model.TaskOwnership}).
 */
package org.neurotheory.sparsity.model;

/**
 * Linear-attention models of Zhang et al. (2025) and their training.
 * <p>Every model predicts {@code yhat = <G(theta), F(X)>}: a feature tensor of the prompt
 * ({@link org.neurotheory.attention.model.FeatureSpace}) contracted with an end-to-end tensor that is a
 * polynomial of the weights. Hence the full-batch loss of a fixed training set, and the population
 * loss, are quadratic forms in G ({@link org.neurotheory.attention.model.EndToEndLoss}), and one
 * exact gradient-descent step costs {@code O(m^2)} regardless of the number of prompts.
 * <ul>
 * <li>{@link org.neurotheory.attention.model.MergedAttention} ATTN_M (full token parametrisation of the official code)</li>
 * <li>{@link org.neurotheory.attention.model.SeparateAttention} ATTN_S with rank-R key and query (full)</li>
 * <li>{@link org.neurotheory.attention.model.CubicFeatureMlp} the two-layer MLP on cubic features (= reduced ATTN_M)</li>
 * <li>{@link org.neurotheory.attention.model.ReducedSeparateAttention} reduced ATTN_S (population engine)</li>
 * <li>{@link org.neurotheory.attention.model.SoftmaxAttention} the softmax variant (token-level; not a quadratic form)</li>
 * <li>training: core's {@link org.neurotheory.core.ode.GradientDescent} on an {@link org.neurotheory.attention.model.Objective} (full-batch GD as {@code torch.optim.SGD})</li>
 * </ul>
 * Which to use: train the full models on {@code TokenMoments.full(...)} to replicate the official
 * code; use the reduced models with {@code PopulationMoments.cubicLoss()} for population dynamics.
 */
package org.neurotheory.attention.model;

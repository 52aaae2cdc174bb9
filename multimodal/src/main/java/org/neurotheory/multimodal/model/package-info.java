/**
 * Fusion networks and their training: {@link org.neurotheory.multimodal.model.FusionArchitecture}
 * (depth L, fusion layer L_f, activation), {@link org.neurotheory.multimodal.model.FusionNetwork}
 * (flat parameter layout and the three initialisations of {@link org.neurotheory.multimodal.model.InitScheme}),
 * the loss as a gradient flow ({@link org.neurotheory.multimodal.model.MomentObjective} for linear
 * networks, exact and independent of P; {@link org.neurotheory.multimodal.model.SampleObjective} for
 * ReLU networks), full-batch {@link org.neurotheory.multimodal.model.Training} and the
 * measurements of the paper ({@link org.neurotheory.multimodal.model.PhaseTimes},
 * {@link org.neurotheory.multimodal.model.GeneralisationError}). The image task of Fig. G uses
 * {@link org.neurotheory.multimodal.model.FusionClassifier}, a ReLU fusion MLP with biases and
 * softmax cross-entropy trained by minibatch SGD (ND4J gemm for the batch products).
 */
package org.neurotheory.multimodal.model;

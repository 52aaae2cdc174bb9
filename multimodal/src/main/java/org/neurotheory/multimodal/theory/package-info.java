/**
 * Closed forms of the paper: the two-layer unimodal phase, fixed points, time ratio (E2) and
 * misattribution ({@link org.neurotheory.multimodal.theory.UnimodalPhaseTheory}), the deep time
 * ratio via its one-dimensional integral ({@link org.neurotheory.multimodal.theory.DeepFusionTheory},
 * E3-E6), the reduced balanced flow of the end-to-end weights
 * ({@link org.neurotheory.multimodal.theory.BalancedTwoLayerFlow}, E1), superficial modality
 * preference ({@link org.neurotheory.multimodal.theory.SuperficialPreference}) and the endpoints of
 * overparameterised training ({@link org.neurotheory.multimodal.theory.InterpolationEndpoints}).
 */
package org.neurotheory.multimodal.theory;

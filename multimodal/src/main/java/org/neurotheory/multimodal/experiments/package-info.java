/**
 * One class per reconstructed figure of the paper (§4), each a
 * {@link org.neurotheory.core.figure.FigureSpec} with checks against theory:
 * {@link org.neurotheory.multimodal.experiments.FigBEarlyVsLateFusion} (two-layer early vs late fusion),
 * {@link org.neurotheory.multimodal.experiments.FigCTimeRatio} (time ratio, misattribution, random datasets),
 * {@link org.neurotheory.multimodal.experiments.FigDSuperficialPreference} (superficial modality preference),
 * {@link org.neurotheory.multimodal.experiments.FigEDeepFusion} (deep fusion),
 * {@link org.neurotheory.multimodal.experiments.FigFGeneralisation} (generalisation, permanent bias),
 * {@link org.neurotheory.multimodal.experiments.FigGTwoViewImages} (ReLU fusion on noisy two-view images, with
 * its protocol {@link org.neurotheory.multimodal.experiments.TwoViewProtocol});
 * {@link org.neurotheory.multimodal.experiments.FusionRun} is the training protocol they share.
 */
package org.neurotheory.multimodal.experiments;

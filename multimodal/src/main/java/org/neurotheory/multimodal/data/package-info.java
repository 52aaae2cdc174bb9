/**
 * The paper's synthetic populations ({@link org.neurotheory.multimodal.data.FusionDatasets}: toy,
 * diagonal multi-dimensional, inverse-Wishart random covariances), a fixed training set with its
 * empirical moments ({@link org.neurotheory.multimodal.data.TrainingSet}) and the inverse-Wishart
 * sampler ({@link org.neurotheory.multimodal.data.InverseWishart}), and the noisy two-view image
 * task of Fig. G: Fashion-MNIST images ({@link org.neurotheory.multimodal.data.TwoViewImages}) and
 * the per-sample corruption that makes the two views ({@link org.neurotheory.multimodal.data.ViewCorruption}).
 */
package org.neurotheory.multimodal.data;

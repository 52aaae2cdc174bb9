/**
 * The paper's synthetic populations ({@link org.neurotheory.multimodal.data.FusionDatasets}: toy,
 * diagonal multi-dimensional, inverse-Wishart random covariances), a fixed training set with its
 * empirical moments ({@link org.neurotheory.multimodal.data.TrainingSet}) and the inverse-Wishart
 * sampler ({@link org.neurotheory.multimodal.data.InverseWishart}).
 */
package org.neurotheory.multimodal.data;

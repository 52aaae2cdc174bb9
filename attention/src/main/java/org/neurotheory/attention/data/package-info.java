/**
 * Data of the official code: covariances ({@link org.neurotheory.attention.data.CodeCovariance}),
 * in-context vs in-weight task mixtures ({@link org.neurotheory.attention.data.TaskMixture}) and the
 * sufficient statistics of a fixed training set ({@link org.neurotheory.attention.data.TokenMoments}).
 * Pure in-context prompts come from {@link org.neurotheory.core.data.InContextRegression} (centred
 * tokens, whitened tasks).
 */
package org.neurotheory.attention.data;

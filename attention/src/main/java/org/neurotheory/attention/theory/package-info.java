/**
 * Closed forms of Zhang et al. (2025), Sec. 3-4: population moments and loss
 * ({@link org.neurotheory.attention.theory.PopulationMoments}, Eq. 15), ATTN_S fixed points and
 * in-context principal component regression ({@link org.neurotheory.attention.theory.SaddlePoints},
 * Eqs. 18-19, 22), the ATTN_M time course for white covariance
 * ({@link org.neurotheory.attention.theory.WhiteTimeCourse}, Eq. 10) and the scalar ODE of a learning
 * head ({@link org.neurotheory.attention.theory.ValueOde}, Eq. 21). Step counts are in the official
 * code's units (no 1/N, GD step eta).
 */
package org.neurotheory.attention.theory;

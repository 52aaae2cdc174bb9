package org.neurotheory.multimodal.model;

/**
 * How the weights of a {@link FusionNetwork} start (§2.4 and 7.3). The scale argument of
 * {@link FusionNetwork#initialise} means gamma for the first two and u0 for the third.
 */
public enum InitScheme {
    /** Every entry i.i.d. N(0, gamma^2): the official two-layer {@code early_fusion}/{@code late_fusion}. */
    PER_ENTRY,
    /**
     * The official {@code deep_fusion}: pre-fusion layers N(0, gamma^2/(n_out n_in)) (Frobenius norm
     * about gamma), the fusion layer and the shared layers N(0, 2 gamma^2/(n_out n_in)) (norm about
     * sqrt(2) gamma). Random and unaligned, so the effective u0 is smaller than gamma.
     */
    RANDOM_LIKE_CODE,
    /**
     * The aligned, balanced rank-one initialisation the theory assumes (paper Sec. 4, check 5):
     * every layer on a modality's path (its fusion block included) is u0 times a unit rank-one
     * matrix chaining unit vectors, every shared layer is sqrt(2) u0 times one, so that
     * {@code v^2 = u_A^2 + u_B^2} at the fusion layer and all layers are balanced. A modality's
     * input direction is the normalised all-ones vector; hidden directions are random unit vectors.
     */
    ALIGNED_BALANCED
}

package org.neurotheory.attention.model;

/**
 * Initialisation variants of the official code for separate key and query. In
 * both, the key's label column (scalar {@code k_{h,r}}) and the vector part of the value row are set
 * to zero afterwards.
 */
public enum KeyQueryInit {
    /** Every key, query and value entry {@code N(0, init^2)} (code of Dec 2024; reproduces Fig. 3's time scale). */
    UNIFORM,
    /**
     * Key and query entries {@code N(0, init^2 / (R (D+1)))}, value entries {@code N(0, init^2)}
     * (code of 14 Jan 2025 and May 2025; used for Fig. 4).
     */
    SCALED_KEY_QUERY;

    /** Standard deviation of a key or query entry. */
    public double keyQueryStd(double init, int rank, int dimension) {
        return this == UNIFORM ? init : init / Math.sqrt(rank * (dimension + 1.0));
    }
}

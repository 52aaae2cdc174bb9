package org.neurotheory.gridcells.model;

/**
 * The functional ("separation") loss of a finite space (Section 2.3 of the paper), a sum over
 * pairs of samples of {@code f(|g_i - g_j|^2)} weighted by chi and divided by {@code M^2}.
 */
public enum SeparationLoss {
    /** {@code f(d) = -d}: the Euclidean loss L_0 (with chi: L_1), eq. (7) of the paper. */
    EUCLIDEAN,
    /** {@code f(d) = exp(-d / (2 sigma^2))}: the kernel loss, eq. (1). */
    KERNEL,
    /** No functional term at all: the ablation of the paper's Fig. 15B. */
    NONE
}

/**
 * Closed forms of the pHSIC paper (Pogodin and Latham, NeurIPS 2020) in plain double arithmetic:
 * the label kernel and its batch mean, the estimators' trace and difference identities, the
 * balanced-batch form of the label term, the divisive-normalisation norm and the Hebbian identity
 * of grouping with {@code q = 1 - p}. Tests compare the batched model code against them.
 */
package org.neurotheory.bioplausible.hsic.theory;

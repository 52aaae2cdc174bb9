/**
 * Linear algebra. {@link org.neurotheory.core.linalg.Matrices}: EJML helpers for small dense
 * matrices (d up to ~100, the parameters of theory simulations). {@link org.neurotheory.core.linalg.Interop}:
 * the one place where EJML, ND4J and {@code double[][]} meet; use ND4J for data-sized batches.
 */
package org.neurotheory.core.linalg;

package org.neurotheory.bioplausible.hsic.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A kernel {@code k(a, b)} on the rows of a batch (Sec. 2 of Pogodin and Latham 2020): the
 * similarity measure from which HSIC and pHSIC are estimated. Implementations work on ND4J arrays
 * of either precision (float32 for training, float64 for gradient checks); the result has the
 * input's data type.
 */
public interface Kernel {
    /** The kernel matrix {@code K_ij = k(h_i, h_j)} of the rows of {@code h} (m x d); m x m. */
    INDArray matrix(INDArray h);

    /**
     * Back-propagates {@code dL/dK} (m x m, need not be symmetric) to {@code dL/dh} (m x d), given
     * {@code k = matrix(h)}. Both arguments of every entry {@code K_ij} depend on {@code h}.
     */
    INDArray backward(INDArray h, INDArray k, INDArray dLdK);

    /** {@code k(a, b)} for two vectors of equal length (double precision). */
    double value(double[] a, double[] b);

    /**
     * The derivative {@code dk(a, b)/da} with respect to the first argument: the per-pair factor
     * of the 3-factor rule, Eq. (E3).
     */
    double[] firstArgumentGradient(double[] a, double[] b);
}

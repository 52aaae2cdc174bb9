package org.neurotheory.bioplausible.hsic.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Linear kernel {@code k(a, b) = a^T b} (provided by the paper's code, unused in its reported runs). */
public record LinearKernel() implements Kernel {
    @Override
    public INDArray matrix(INDArray h) {
        KernelSupport.requireBatch("h", h);
        return h.mmul(h.transpose());
    }

    /** {@code dL/dh = (G + G^T) h}. */
    @Override
    public INDArray backward(INDArray h, INDArray k, INDArray dLdK) {
        KernelSupport.requireMatrixPair(h, k, dLdK);
        return KernelSupport.symmetrised(dLdK).mmul(h);
    }

    @Override
    public double value(double[] a, double[] b) {
        KernelSupport.requireSameLength(a, b);
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** {@code dk/da = b}. */
    @Override
    public double[] firstArgumentGradient(double[] a, double[] b) {
        KernelSupport.requireSameLength(a, b);
        return b.clone();
    }
}

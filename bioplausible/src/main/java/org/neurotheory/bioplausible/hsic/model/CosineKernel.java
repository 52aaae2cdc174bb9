package org.neurotheory.bioplausible.hsic.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Cosine-similarity kernel {@code k(a, b) = a^T b / (|a| |b|)}, entries in [-1, 1]. A row of
 * zero norm is divided by {@link #ZERO_NORM} instead (so its kernel row is zero), as in the
 * official code. The kernel is invariant to rescaling each row, so {@code h_i . dL/dh_i = 0}.
 */
public record CosineKernel() implements Kernel {
    /** Divisor used in place of a zero norm. */
    public static final double ZERO_NORM = 1e-6;

    @Override
    public INDArray matrix(INDArray h) {
        KernelSupport.requireBatch("h", h);
        INDArray n = normalised(h, safeNorms(h));
        return n.mmul(n.transpose());
    }

    /**
     * With {@code N = h / |h|} row-wise: {@code dN = (G + G^T) N} and
     * {@code dh_i = (dN_i - (dN_i . N_i) N_i) / |h_i|}.
     */
    @Override
    public INDArray backward(INDArray h, INDArray k, INDArray dLdK) {
        KernelSupport.requireMatrixPair(h, k, dLdK);
        INDArray norms = safeNorms(h);
        INDArray n = normalised(h, norms);
        INDArray dn = KernelSupport.symmetrised(dLdK).mmul(n);
        INDArray radial = dn.mul(n).sum(1).reshape(h.rows(), 1);
        return dn.subi(n.mulColumnVector(radial)).diviColumnVector(norms);
    }

    @Override
    public double value(double[] a, double[] b) {
        KernelSupport.requireSameLength(a, b);
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot / (safeNorm(a) * safeNorm(b));
    }

    /** {@code dk/da = (b^ - k(a, b) a^) / |a|} with {@code x^ = x / |x|}. */
    @Override
    public double[] firstArgumentGradient(double[] a, double[] b) {
        double k = value(a, b);
        double na = safeNorm(a);
        double nb = safeNorm(b);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (b[i] / nb - k * a[i] / na) / na;
        }
        return out;
    }

    private static INDArray safeNorms(INDArray h) {
        INDArray norms = h.norm2(1).reshape(h.rows(), 1);
        INDArray zero = norms.lte(0.0).castTo(norms.dataType()).muli(ZERO_NORM);
        return norms.addi(zero);
    }

    private static INDArray normalised(INDArray h, INDArray norms) {
        return h.divColumnVector(norms);
    }

    private static double safeNorm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return s > 0 ? Math.sqrt(s) : ZERO_NORM;
    }
}

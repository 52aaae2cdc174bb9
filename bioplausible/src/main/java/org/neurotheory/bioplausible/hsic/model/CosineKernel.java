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
        int m = (int) h.rows();
        int d = (int) h.columns();
        double[] n = Flat.of(h);
        normalise(n, m, d);
        return Flat.matrix(Flat.gram(n, n, m, d, h.dataType()), m, m, h.dataType());
    }

    /**
     * With {@code N = h / |h|} row-wise: {@code dN = (G + G^T) N} and
     * {@code dh_i = (dN_i - (dN_i . N_i) N_i) / |h_i|}.
     */
    @Override
    public INDArray backward(INDArray h, INDArray k, INDArray dLdK) {
        KernelSupport.requireMatrixPair(h, k, dLdK);
        int m = (int) h.rows();
        int d = (int) h.columns();
        double[] n = Flat.of(h);
        double[] norms = normalise(n, m, d);
        double[] dn = Flat.product(Flat.symmetrised(Flat.of(dLdK), m), n, m, d, h.dataType());
        for (int i = 0; i < m; i++) {
            double radial = 0;
            for (int f = 0; f < d; f++) {
                radial += dn[i * d + f] * n[i * d + f];
            }
            for (int f = 0; f < d; f++) {
                dn[i * d + f] = (dn[i * d + f] - radial * n[i * d + f]) / norms[i];
            }
        }
        return Flat.matrix(dn, m, d, h.dataType());
    }

    /** Divides each row of {@code h} (in place) by its norm, or by {@link #ZERO_NORM} if zero; returns the divisors. */
    private static double[] normalise(double[] h, int m, int d) {
        double[] norms = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int f = 0; f < d; f++) {
                s += h[i * d + f] * h[i * d + f];
            }
            norms[i] = s > 0 ? Math.sqrt(s) : ZERO_NORM;
            for (int f = 0; f < d; f++) {
                h[i * d + f] /= norms[i];
            }
        }
        return norms;
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

    private static double safeNorm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return s > 0 ? Math.sqrt(s) : ZERO_NORM;
    }
}

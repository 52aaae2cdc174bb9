package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gaussian kernel {@code k(a, b) = exp(-|a - b|^2 / (2 sigma^2))}; the paper uses
 * {@code sigma = 5} on layer activities. The diagonal of its matrix is exactly 1 and the kernel is
 * translation invariant, so the row gradients of any loss of K sum to zero.
 *
 * @param sigma width, finite and {@code > 0}
 */
public record GaussianKernel(double sigma) implements Kernel {
    public GaussianKernel {
        Require.positive("sigma", sigma);
    }

    /** The width used for activities in every reported run, {@code sigma = 5}. */
    public static GaussianKernel paper() {
        return new GaussianKernel(5.0);
    }

    /** Squared distances from the Gram matrix, clamped at 0, with an exactly zero diagonal. */
    @Override
    public INDArray matrix(INDArray h) {
        KernelSupport.requireBatch("h", h);
        int m = (int) h.rows();
        int d = (int) h.columns();
        double[] hv = Flat.of(h);
        double[] g = Flat.gram(hv, hv, m, d, h.dataType());
        double c = -1.0 / (2 * sigma * sigma);
        double[] k = new double[m * m];
        for (int i = 0; i < m; i++) {
            double gi = g[i * m + i];
            for (int j = 0; j < m; j++) {
                double dist = i == j ? 0 : Math.max(0, gi + g[j * m + j] - 2 * g[i * m + j]);
                k[i * m + j] = Math.exp(c * dist);
            }
        }
        return Flat.matrix(k, m, m, h.dataType());
    }

    /** {@code dL/dh_i = 2 sum_j A_ij (h_i - h_j)} with {@code A = (G + G^T) o K * (-1/(2 sigma^2))}. */
    @Override
    public INDArray backward(INDArray h, INDArray k, INDArray dLdK) {
        KernelSupport.requireMatrixPair(h, k, dLdK);
        int m = (int) h.rows();
        int d = (int) h.columns();
        double[] a = Flat.symmetrised(Flat.of(dLdK), m);
        double[] kv = Flat.of(k);
        double c = -1.0 / (2 * sigma * sigma);
        double[] rowSum = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                double v = a[i * m + j] * kv[i * m + j] * c;
                a[i * m + j] = v;
                s += v;
            }
            rowSum[i] = s;
        }
        double[] hv = Flat.of(h);
        double[] ah = Flat.product(a, hv, m, d, h.dataType());
        for (int i = 0; i < m; i++) {
            for (int f = 0; f < d; f++) {
                ah[i * d + f] = 2 * (rowSum[i] * hv[i * d + f] - ah[i * d + f]);
            }
        }
        return Flat.matrix(ah, m, d, h.dataType());
    }

    @Override
    public double value(double[] a, double[] b) {
        KernelSupport.requireSameLength(a, b);
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] - b[i];
            d += t * t;
        }
        return Math.exp(-d / (2 * sigma * sigma));
    }

    /** {@code dk/da = -k(a, b) (a - b) / sigma^2}. */
    @Override
    public double[] firstArgumentGradient(double[] a, double[] b) {
        double k = value(a, b);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = -k * (a[i] - b[i]) / (sigma * sigma);
        }
        return out;
    }
}

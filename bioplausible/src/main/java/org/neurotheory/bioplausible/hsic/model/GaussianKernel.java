package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

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

    @Override
    public INDArray matrix(INDArray h) {
        KernelSupport.requireBatch("h", h);
        int m = (int) h.rows();
        INDArray sq = h.mul(h).sum(1).reshape(m, 1);
        INDArray d = h.mmul(h.transpose()).muli(-2.0).addiColumnVector(sq).addiRowVector(sq.reshape(1, m));
        Transforms.relu(d, false);
        for (int i = 0; i < m; i++) {
            d.putScalar(i, i, 0.0);
        }
        return Transforms.exp(d.muli(-1.0 / (2 * sigma * sigma)), false);
    }

    /** {@code dL/dh_i = 2 sum_j A_ij (h_i - h_j)} with {@code A = (G + G^T) o K * (-1/(2 sigma^2))}. */
    @Override
    public INDArray backward(INDArray h, INDArray k, INDArray dLdK) {
        KernelSupport.requireMatrixPair(h, k, dLdK);
        INDArray a = KernelSupport.symmetrised(dLdK).muli(k).muli(-1.0 / (2 * sigma * sigma));
        INDArray rowSums = a.sum(1).reshape(h.rows(), 1);
        return h.mulColumnVector(rowSums).subi(a.mmul(h)).muli(2.0);
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

package org.neurotheory.bioplausible.hsic.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.linalg.OpenBlasThreads;

/**
 * The boundary between ND4J arrays and the plain row-major {@code double[]} loops of the kernel
 * pipeline. Element-wise work on m x m kernel matrices and m x n activities runs as Java loops (one
 * ND4J call per element-wise op costs more than the loop at these sizes, and on a busy machine its
 * thread team waits for cores); only the Gram products go to BLAS, on one OpenBLAS thread
 * ({@link OpenBlasThreads}) so that their bits do not depend on the start-up thread count.
 */
final class Flat {
    private Flat() {
    }

    /** Entries of a rank-2 array in row-major order, as doubles (a copy). */
    static double[] of(INDArray a) {
        INDArray c = a.isView() || a.ordering() != 'c' ? a.dup('c') : a;
        return c.data().asDouble();
    }

    /** A rows x cols array of data type {@code type} holding {@code v} (row-major). */
    static INDArray matrix(double[] v, long rows, long cols, DataType type) {
        INDArray d = Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE);
        return type == DataType.DOUBLE ? d : d.castTo(type);
    }

    /** {@code a b^T} for row-major a (m x d) and b (m x d) through BLAS in {@code type}; m x m result as doubles. */
    static double[] gram(double[] a, double[] b, int m, int d, DataType type) {
        INDArray x = matrix(a, m, d, type);
        INDArray y = a == b ? x : matrix(b, m, d, type);
        OpenBlasThreads.useOne();
        return of(x.mmul(y.transpose()));
    }

    /** {@code a h} for a (m x m) and h (m x d) through BLAS in {@code type}; m x d result as doubles. */
    static double[] product(double[] a, double[] h, int m, int d, DataType type) {
        OpenBlasThreads.useOne();
        return of(matrix(a, m, m, type).mmul(matrix(h, m, d, type)));
    }

    /** {@code S = G + G^T}. */
    static double[] symmetrised(double[] g, int m) {
        double[] s = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                s[i * m + j] = g[i * m + j] + g[j * m + i];
            }
        }
        return s;
    }
}

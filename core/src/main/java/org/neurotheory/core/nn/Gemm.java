package org.neurotheory.core.nn;

import java.lang.ref.Reference;
import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.linalg.OpenBlasThreads;

/**
 * C = alpha op(A) op(B) + beta C on contiguous row-major 2-d ND4J arrays, straight through
 * OpenBLAS's {@code cblas_sgemm}/{@code cblas_dgemm} on the arrays' memory (no copies, no ND4J op
 * dispatch).
 *
 * <p>Every call runs OpenBLAS on one thread ({@link OpenBlasThreads#useOne()}): its threaded
 * driver gives other last bits at every thread count, so the products would depend on the thread
 * count the JVM started with. The setting is process-wide and stays, so other OpenBLAS products of
 * the same JVM also run on one thread afterwards. Public for {@link #dgemm}, which the relu module's
 * batched pass for deep networks calls.
 */
public final class Gemm {
    private Gemm() {
    }

    static void gemm(INDArray a, boolean transA, INDArray b, boolean transB, INDArray c, double alpha, double beta) {
        check(a);
        check(b);
        check(c);
        int m = (int) c.size(0);
        int n = (int) c.size(1);
        int k = (int) (transA ? a.size(0) : a.size(1));
        int lda = (int) a.size(1);
        int ldb = (int) b.size(1);
        int ldc = n;
        int ta = transA ? openblas.CblasTrans : openblas.CblasNoTrans;
        int tb = transB ? openblas.CblasTrans : openblas.CblasNoTrans;
        OpenBlasThreads.useOne();
        if (c.dataType() == DataType.FLOAT) {
            openblas.cblas_sgemm(openblas.CblasRowMajor, ta, tb, m, n, k, (float) alpha,
                    (FloatPointer) a.data().addressPointer(), lda, (FloatPointer) b.data().addressPointer(), ldb, (float) beta,
                    (FloatPointer) c.data().addressPointer(), ldc);
        } else {
            dgemm((DoublePointer) a.data().addressPointer(), lda, transA, (DoublePointer) b.data().addressPointer(), ldb,
                    transB, (DoublePointer) c.data().addressPointer(), m, n, k, alpha, beta);
        }
        // BLAS works on raw addresses: keep the arrays, and so their memory, reachable until it returns (see Flat)
        Reference.reachabilityFence(a);
        Reference.reachabilityFence(b);
        Reference.reachabilityFence(c);
    }

    /**
     * {@code c = alpha op(a) op(b) + beta c} on double matrices given by their memory: row-major, each
     * row {@code aCols}, {@code bCols}, {@code n} long, with {@code c} m x n and k the inner dimension.
     * For callers that keep their arrays' pointers ({@code array.data().addressPointer()}, taken once;
     * the arrays must stay reachable): a call allocates nothing, where the layers' products on ND4J
     * arrays look the pointers up each time.
     */
    public static void dgemm(DoublePointer a, int aCols, boolean transA, DoublePointer b, int bCols, boolean transB,
                             DoublePointer c, int m, int n, int k, double alpha, double beta) {
        OpenBlasThreads.useOne();
        openblas.cblas_dgemm(openblas.CblasRowMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans, m, n, k, alpha, a, aCols, b, bCols, beta, c, n);
    }

    private static void check(INDArray x) {
        if (x.rank() != 2 || x.ordering() != 'c' || x.offset() != 0 || x.elementWiseStride() != 1) {
            throw new IllegalStateException("internal: gemm needs contiguous row-major matrices, got shape "
                    + Arrays.toString(x.shape()) + " order " + x.ordering() + " offset " + x.offset());
        }
    }
}

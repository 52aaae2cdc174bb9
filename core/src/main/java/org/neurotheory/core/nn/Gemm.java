package org.neurotheory.core.nn;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.bytedeco.openblas.presets.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * C = alpha op(A) op(B) + beta C on contiguous row-major 2-d ND4J arrays, straight through
 * OpenBLAS's {@code cblas_sgemm}/{@code cblas_dgemm} on the arrays' memory (no copies, no ND4J op
 * dispatch).
 *
 * <p>Every call runs OpenBLAS on one thread. Its threaded driver cuts the output into one piece per
 * thread and its kernels sum an entry's inner dimension differently at the pieces' edges, so a
 * float32 product with m n k above OpenBLAS's threading threshold (about 2.6e5) changed its last
 * bits with the thread count (1, 2, 3 and 4 threads gave four different results on this
 * library's OpenBLAS 0.3.19). The count is a process-wide OpenBLAS setting (in ND4J's OpenMP build
 * too): if it is not 1 when a product starts, it is set to 1 and stays so, which also makes other
 * OpenBLAS products of the same JVM one-threaded. Setting it costs about a millisecond, checking it
 * well under a microsecond, so it is checked on every call and set only when someone changed it.
 */
final class Gemm {
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
        oneThread();
        if (c.dataType() == DataType.FLOAT) {
            openblas.cblas_sgemm(openblas.CblasRowMajor, ta, tb, m, n, k, (float) alpha,
                    (FloatPointer) a.data().addressPointer(), lda, (FloatPointer) b.data().addressPointer(), ldb, (float) beta,
                    (FloatPointer) c.data().addressPointer(), ldc);
        } else {
            openblas.cblas_dgemm(openblas.CblasRowMajor, ta, tb, m, n, k, alpha,
                    (DoublePointer) a.data().addressPointer(), lda, (DoublePointer) b.data().addressPointer(), ldb, beta,
                    (DoublePointer) c.data().addressPointer(), ldc);
        }
    }

    /** Sets OpenBLAS to one thread unless it already runs on one (see the class comment). */
    private static void oneThread() {
        if (openblas_nolapack.blas_get_num_threads() != 1) {
            openblas_nolapack.blas_set_num_threads(1);
        }
    }

    private static void check(INDArray x) {
        if (x.rank() != 2 || x.ordering() != 'c' || x.offset() != 0 || x.elementWiseStride() != 1) {
            throw new IllegalStateException("internal: gemm needs contiguous row-major matrices, got shape "
                    + java.util.Arrays.toString(x.shape()) + " order " + x.ordering() + " offset " + x.offset());
        }
    }
}

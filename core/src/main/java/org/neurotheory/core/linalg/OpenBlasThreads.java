package org.neurotheory.core.linalg;

import org.bytedeco.openblas.presets.openblas_nolapack;

/**
 * Keeps ND4J's OpenBLAS on one thread, so that a float32 or float64 matrix product has the same
 * bits whatever thread count the JVM started with (same seed, same bytes, any thread count).
 *
 * <p>OpenBLAS's threaded GEMM driver cuts the output into one piece per thread, and its kernels sum
 * an entry's inner dimension in a different order at the pieces' edges, so a product whose
 * m n k is above OpenBLAS's threading threshold (about 2.6e5) changes its last bits with the thread
 * count (on this library's OpenBLAS 0.3.19, 1, 2, 3 and 4 threads gave four different results for a
 * 60 x 196 by 196 x 100 product). The count is a process-wide OpenBLAS setting (also in ND4J's
 * OpenMP build), so once set to 1 it holds for every ND4J and OpenBLAS product of the JVM until
 * someone changes it. Code that multiplies matrices through ND4J or OpenBLAS and must be
 * reproducible calls {@link #useOne()} before its products: {@code core.nn} does so on every
 * product.
 */
public final class OpenBlasThreads {
    private OpenBlasThreads() {
    }

    /**
     * Sets OpenBLAS to one thread unless it already runs on one. Checking costs well under a
     * microsecond, setting about a millisecond, so calling this before every product is cheap.
     */
    public static void useOne() {
        if (openblas_nolapack.blas_get_num_threads() != 1) {
            openblas_nolapack.blas_set_num_threads(1);
        }
    }
}

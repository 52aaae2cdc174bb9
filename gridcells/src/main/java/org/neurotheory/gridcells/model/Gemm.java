package org.neurotheory.gridcells.model;

import java.util.Arrays;
import org.neurotheory.core.linalg.Vectors;

/**
 * The three dense products of the objective on row-major {@code double[]} blocks. When the JVM has
 * the Vector API they run on SIMD lanes in register tiles ({@link VectorGemm}); otherwise on the
 * scalar loops here, whose innermost loop runs over contiguous memory (the JIT vectorises it). Both
 * give the same bits: every output adds its terms in the same order with the same roundings.
 * Allocation-free. At these sizes (tens of neurons, a few thousand points) loops over plain arrays
 * beat a BLAS call with its copies (measured in docs/performance.md).
 */
final class Gemm {
    /** Whether the JVM has the Vector API module, so that {@link VectorGemm} can be loaded. */
    private static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private Gemm() {
    }

    /** {@code out (rows x cols) = a (rows x inner) b (inner x cols)}. */
    static void rowsTimes(double[] a, int rows, int inner, double[] b, int cols, double[] out) {
        if (VECTOR_API) {
            VectorGemm.times(a, inner, 1, rows, inner, b, cols, out);
        } else {
            rowUpdates(a, rows, inner, b, cols, out);
        }
    }

    /**
     * {@link #rowsTimes} on scalars, as rank-one row updates: the reference {@link VectorGemm}
     * reproduces bit for bit (terms in increasing inner index, zeros of {@code a} skipped).
     */
    static void rowUpdates(double[] a, int rows, int inner, double[] b, int cols, double[] out) {
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            Arrays.fill(out, o, o + cols, 0);
            for (int k = 0; k < inner; k++) {
                double v = a[i * inner + k];
                if (v == 0) {
                    continue;
                }
                int r = k * cols;
                for (int j = 0; j < cols; j++) {
                    out[o + j] += v * b[r + j];
                }
            }
        }
    }

    /**
     * {@code out (rows x bRows) = a (rows x inner) b^T} with {@code b} of shape bRows x inner: dot
     * products with four partial sums; on SIMD lanes ({@link VectorGemm}, the same bits) when the
     * JVM has the Vector API.
     */
    static void rowsTimesTransposed(double[] a, int rows, int inner, double[] b, int bRows, double[] out) {
        if (VECTOR_API) {
            VectorGemm.rowsTimesTransposed(a, rows, inner, b, bRows, out);
        } else {
            dotProducts(a, rows, inner, b, bRows, out);
        }
    }

    /** {@link #rowsTimesTransposed} on scalars: the reference {@link VectorGemm} reproduces bit for bit. */
    static void dotProducts(double[] a, int rows, int inner, double[] b, int bRows, double[] out) {
        for (int i = 0; i < rows; i++) {
            int ra = i * inner;
            for (int k = 0; k < bRows; k++) {
                out[i * bRows + k] = Vectors.dotSlices(a, ra, b, k * inner, inner);
            }
        }
    }

    /** {@code out (aCols x bCols) = a^T b} with {@code a} of shape aRows x aCols and {@code b} aRows x bCols. */
    static void transposedTimes(double[] a, int aRows, int aCols, double[] b, int bCols, double[] out) {
        if (VECTOR_API) {
            VectorGemm.times(a, 1, aCols, aCols, aRows, b, bCols, out);
        } else {
            transposedRowUpdates(a, aRows, aCols, b, bCols, out);
        }
    }

    /**
     * {@link #transposedTimes} on scalars, as rank-one row updates: the reference {@link VectorGemm}
     * reproduces bit for bit (terms in increasing row of {@code a}, zeros of {@code a} skipped).
     */
    static void transposedRowUpdates(double[] a, int aRows, int aCols, double[] b, int bCols, double[] out) {
        Arrays.fill(out, 0, aCols * bCols, 0);
        for (int r = 0; r < aRows; r++) {
            int rb = r * bCols;
            for (int i = 0; i < aCols; i++) {
                double v = a[r * aCols + i];
                if (v == 0) {
                    continue;
                }
                int o = i * bCols;
                for (int j = 0; j < bCols; j++) {
                    out[o + j] += v * b[rb + j];
                }
            }
        }
    }
}

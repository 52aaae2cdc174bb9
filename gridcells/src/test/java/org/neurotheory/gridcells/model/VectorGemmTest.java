package org.neurotheory.gridcells.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SIMD products give the scalar loops' bits (the build's tests run with the Vector API module). */
class VectorGemmTest {

    @Test
    void sameBitsAsScalarLoop() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int t = 0; t < 200; t++) {
            // odd and even row counts, lengths with and without a tail of 1-3 entries, values over many magnitudes
            // and, in every fourth trial, inner lengths of hundreds (the plane step sums over 2 400 points)
            int rows = 1 + rng.nextInt(7);
            int inner = t % 4 == 3 ? 250 + rng.nextInt(700) : 1 + rng.nextInt(37);
            int bRows = 1 + rng.nextInt(7);
            double[] a = values(rng, rows * inner, false);
            double[] b = values(rng, bRows * inner, false);
            double[] scalar = new double[rows * bRows];
            double[] simd = new double[rows * bRows];
            Gemm.dotProducts(a, rows, inner, b, bRows, scalar);
            VectorGemm.rowsTimesTransposed(a, rows, inner, b, bRows, simd);
            assertSameBits(scalar, simd, "shape " + rows + "x" + inner + "x" + bRows);
        }
    }

    @Test
    void tiledProductsGiveTheRowUpdatesBits() {
        SplittableRandom rng = new SplittableRandom(12);
        for (int t = 0; t < 300; t++) {
            // row counts around the 4-row tile, column counts around the 8-column tile, values over many
            // magnitudes; in every other trial exact zeros (skipped terms: their rows take the scalar loop)
            int rows = 1 + rng.nextInt(11);
            int inner = 1 + rng.nextInt(23);
            int cols = 1 + rng.nextInt(29);
            double[] a = values(rng, rows * inner, t % 2 == 0);
            double[] b = values(rng, inner * cols, t % 2 == 0);
            String shape = "shape " + rows + "x" + inner + "x" + cols;
            double[] scalar = new double[rows * cols];
            double[] simd = new double[rows * cols];
            Gemm.rowUpdates(a, rows, inner, b, cols, scalar);
            VectorGemm.times(a, inner, 1, rows, inner, b, cols, simd);
            assertSameBits(scalar, simd, shape);
            // a read as the transpose of an inner x rows array
            Gemm.transposedRowUpdates(a, inner, rows, b, cols, scalar);
            VectorGemm.times(a, 1, rows, rows, inner, b, cols, simd);
            assertSameBits(scalar, simd, "transposed " + shape);
        }
    }

    /** Values over many magnitudes; with {@code zeros}, about one in eight exactly zero. */
    private static double[] values(SplittableRandom rng, int size, boolean zeros) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = zeros && rng.nextInt(8) == 0 ? 0.0 : rng.nextGaussian() * Math.exp(5 * rng.nextGaussian());
        }
        return v;
    }

    private static void assertSameBits(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    what + ", entry " + i);
        }
    }
}

package org.neurotheory.gridcells.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SIMD dot products give the scalar loop's bits (the build's tests run with the Vector API module). */
class VectorGemmTest {

    @Test
    void sameBitsAsScalarLoop() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int t = 0; t < 200; t++) {
            // odd and even row counts, lengths with and without a tail of 1-3 entries, values over many magnitudes
            int rows = 1 + rng.nextInt(7);
            int inner = 1 + rng.nextInt(37);
            int bRows = 1 + rng.nextInt(7);
            double[] a = new double[rows * inner];
            double[] b = new double[bRows * inner];
            for (int i = 0; i < a.length; i++) {
                a[i] = rng.nextGaussian() * Math.exp(5 * rng.nextGaussian());
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = rng.nextGaussian() * Math.exp(5 * rng.nextGaussian());
            }
            double[] scalar = new double[rows * bRows];
            double[] simd = new double[rows * bRows];
            Gemm.dotProducts(a, rows, inner, b, bRows, scalar);
            VectorGemm.rowsTimesTransposed(a, rows, inner, b, bRows, simd);
            for (int i = 0; i < scalar.length; i++) {
                assertEquals(Double.doubleToRawLongBits(scalar[i]), Double.doubleToRawLongBits(simd[i]),
                        "shape " + rows + "x" + inner + "x" + bRows + ", entry " + i);
            }
        }
    }
}

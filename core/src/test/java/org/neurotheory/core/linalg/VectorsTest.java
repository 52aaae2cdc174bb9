package org.neurotheory.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.random.Seeds;

class VectorsTest {
    @Test
    void dotSlicesIsTheSliceDotProductInItsStatedOrder() {
        var rng = Seeds.stream(5);
        double[] a = new double[23];
        double[] b = new double[19];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextGaussian();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = rng.nextGaussian();
        }
        for (int len = 0; len <= 11; len++) {
            BigDecimal exact = BigDecimal.ZERO;
            double[] partial = new double[4];
            for (int k = 0; k < len; k++) {
                exact = exact.add(new BigDecimal(a[3 + k]).multiply(new BigDecimal(b[7 + k])));
                // lanes k mod 4 while a whole group of four remains, then the tail on lane 0
                partial[k < len - len % 4 ? k % 4 : 0] += a[3 + k] * b[7 + k];
            }
            double got = Vectors.dotSlices(a, 3, b, 7, len);
            // the bits of the stated order (s0 + s1) + (s2 + s3) ...
            assertEquals((partial[0] + partial[1]) + (partial[2] + partial[3]), got, 0.0, "len " + len);
            // ... and the exact sum to a few rounding errors of the terms (|terms| are O(1), len <= 11)
            assertEquals(exact.doubleValue(), got, 1e-14, "len " + len);
        }
    }

    @Test
    void dotSlicesOfOneArrayWithItselfAtTwoOffsets() {
        double[] l = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(1 * 6 + 2 * 7 + 3 * 8 + 4 * 9 + 5 * 10, Vectors.dotSlices(l, 0, l, 5, 5));
    }

    @Test
    void dotSlicesOutsideTheArraysThrows() {
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> Vectors.dotSlices(new double[4], 1, new double[4], 0, 4));
    }
}

package org.neurotheory.gridcells.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Gemm#rowsTimesTransposed} on SIMD lanes (JDK Vector API, incubator module
 * {@code jdk.incubator.vector}; loaded only when the JVM has it). The scalar loop keeps four
 * partial sums, entry {@code j} going to sum {@code j mod 4}; here they are the four lanes of one
 * 256-bit vector, each updated by a separate multiply and add as the scalar loop does, and the
 * tail and the final {@code (s0 + s1) + (s2 + s3)} are the same, so the result has the same bits.
 * Outputs are computed in 2 x 2 register tiles (two rows of each operand), which halves the loads
 * per product. Allocation-free (vectors stay in registers once compiled).
 */
final class VectorGemm {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;

    private VectorGemm() {
    }

    /** {@code out (rows x bRows) = a (rows x inner) b^T} with {@code b} of shape bRows x inner. */
    static void rowsTimesTransposed(double[] a, int rows, int inner, double[] b, int bRows, double[] out) {
        int bound = inner & ~3;
        int i = 0;
        for (; i + 1 < rows; i += 2) {
            int ra0 = i * inner;
            int ra1 = ra0 + inner;
            int k = 0;
            for (; k + 1 < bRows; k += 2) {
                int rb0 = k * inner;
                int rb1 = rb0 + inner;
                DoubleVector s00 = DoubleVector.zero(SPECIES);
                DoubleVector s01 = DoubleVector.zero(SPECIES);
                DoubleVector s10 = DoubleVector.zero(SPECIES);
                DoubleVector s11 = DoubleVector.zero(SPECIES);
                for (int j = 0; j < bound; j += 4) {
                    DoubleVector a0 = DoubleVector.fromArray(SPECIES, a, ra0 + j);
                    DoubleVector a1 = DoubleVector.fromArray(SPECIES, a, ra1 + j);
                    DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, rb0 + j);
                    DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, rb1 + j);
                    s00 = s00.add(a0.mul(b0));
                    s01 = s01.add(a0.mul(b1));
                    s10 = s10.add(a1.mul(b0));
                    s11 = s11.add(a1.mul(b1));
                }
                out[i * bRows + k] = finish(s00, a, ra0, b, rb0, bound, inner);
                out[i * bRows + k + 1] = finish(s01, a, ra0, b, rb1, bound, inner);
                out[(i + 1) * bRows + k] = finish(s10, a, ra1, b, rb0, bound, inner);
                out[(i + 1) * bRows + k + 1] = finish(s11, a, ra1, b, rb1, bound, inner);
            }
            for (; k < bRows; k++) {
                out[i * bRows + k] = dot(a, ra0, b, k * inner, bound, inner);
                out[(i + 1) * bRows + k] = dot(a, ra1, b, k * inner, bound, inner);
            }
        }
        for (; i < rows; i++) {
            for (int k = 0; k < bRows; k++) {
                out[i * bRows + k] = dot(a, i * inner, b, k * inner, bound, inner);
            }
        }
    }

    private static double dot(double[] a, int ra, double[] b, int rb, int bound, int inner) {
        DoubleVector s = DoubleVector.zero(SPECIES);
        for (int j = 0; j < bound; j += 4) {
            s = s.add(DoubleVector.fromArray(SPECIES, a, ra + j).mul(DoubleVector.fromArray(SPECIES, b, rb + j)));
        }
        return finish(s, a, ra, b, rb, bound, inner);
    }

    /** The scalar loop's tail (into the first sum) and its final {@code (s0 + s1) + (s2 + s3)}. */
    private static double finish(DoubleVector s, double[] a, int ra, double[] b, int rb, int bound, int inner) {
        double s0 = s.lane(0);
        for (int j = bound; j < inner; j++) {
            s0 += a[ra + j] * b[rb + j];
        }
        return (s0 + s.lane(1)) + (s.lane(2) + s.lane(3));
    }
}

package org.neurotheory.gridcells.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Gemm}'s three products on SIMD lanes (JDK Vector API, incubator module
 * {@code jdk.incubator.vector}; loaded only when the JVM has it), with the scalar loops' bits.
 * {@link #rowsTimesTransposed}: the scalar loop keeps four partial sums, entry {@code j} going to
 * sum {@code j mod 4}; here they are the four lanes of one 256-bit vector, each updated by a
 * separate multiply and add as the scalar loop does, and the tail and the final
 * {@code (s0 + s1) + (s2 + s3)} are the same. Outputs are computed in 4 x 2 register tiles (four rows
 * of a, two of b: eight independent sums, six loads for eight products). {@link #times} (the other two
 * products): see there. Allocation-free (vectors stay in registers once compiled).
 */
final class VectorGemm {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;

    private VectorGemm() {
    }

    /**
     * {@code out (rows x bRows) = a (rows x inner) b^T} with {@code b} of shape bRows x inner. In the
     * last tile, rows past the end of a repeat its last row: their sums are computed and dropped, so
     * every tile has four rows.
     */
    static void rowsTimesTransposed(double[] a, int rows, int inner, double[] b, int bRows, double[] out) {
        int bound = inner & ~3;
        int last = rows - 1;
        for (int i = 0; i < rows; i += 4) {
            int ra0 = i * inner;
            int ra1 = Math.min(i + 1, last) * inner;
            int ra2 = Math.min(i + 2, last) * inner;
            int ra3 = Math.min(i + 3, last) * inner;
            int k = 0;
            for (; k + 1 < bRows; k += 2) {
                int rb0 = k * inner;
                int rb1 = rb0 + inner;
                DoubleVector s00 = DoubleVector.zero(SPECIES);
                DoubleVector s01 = DoubleVector.zero(SPECIES);
                DoubleVector s10 = DoubleVector.zero(SPECIES);
                DoubleVector s11 = DoubleVector.zero(SPECIES);
                DoubleVector s20 = DoubleVector.zero(SPECIES);
                DoubleVector s21 = DoubleVector.zero(SPECIES);
                DoubleVector s30 = DoubleVector.zero(SPECIES);
                DoubleVector s31 = DoubleVector.zero(SPECIES);
                for (int j = 0; j < bound; j += 4) {
                    DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, rb0 + j);
                    DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, rb1 + j);
                    DoubleVector a0 = DoubleVector.fromArray(SPECIES, a, ra0 + j);
                    s00 = s00.add(a0.mul(b0));
                    s01 = s01.add(a0.mul(b1));
                    DoubleVector a1 = DoubleVector.fromArray(SPECIES, a, ra1 + j);
                    s10 = s10.add(a1.mul(b0));
                    s11 = s11.add(a1.mul(b1));
                    DoubleVector a2 = DoubleVector.fromArray(SPECIES, a, ra2 + j);
                    s20 = s20.add(a2.mul(b0));
                    s21 = s21.add(a2.mul(b1));
                    DoubleVector a3 = DoubleVector.fromArray(SPECIES, a, ra3 + j);
                    s30 = s30.add(a3.mul(b0));
                    s31 = s31.add(a3.mul(b1));
                }
                int o = i * bRows + k;
                out[o] = finish(s00, a, ra0, b, rb0, bound, inner);
                out[o + 1] = finish(s01, a, ra0, b, rb1, bound, inner);
                if (i + 1 < rows) {
                    out[o + bRows] = finish(s10, a, ra1, b, rb0, bound, inner);
                    out[o + bRows + 1] = finish(s11, a, ra1, b, rb1, bound, inner);
                }
                if (i + 2 < rows) {
                    out[o + 2 * bRows] = finish(s20, a, ra2, b, rb0, bound, inner);
                    out[o + 2 * bRows + 1] = finish(s21, a, ra2, b, rb1, bound, inner);
                }
                if (i + 3 < rows) {
                    out[o + 3 * bRows] = finish(s30, a, ra3, b, rb0, bound, inner);
                    out[o + 3 * bRows + 1] = finish(s31, a, ra3, b, rb1, bound, inner);
                }
            }
            for (; k < bRows; k++) {
                for (int r = i; r < Math.min(rows, i + 4); r++) {
                    out[r * bRows + k] = dot(a, r * inner, b, k * inner, bound, inner);
                }
            }
        }
    }

    /**
     * {@code out (rows x cols) = A b} with {@code b} of shape inner x cols and A's entry (i, k) at
     * {@code a[i * rowStride + k * innerStride]} (A itself: {@code rowStride = inner, innerStride = 1};
     * the transpose of an inner x rows array: {@code 1, rows}). Every output is the sum
     * {@code ((0 + A_i0 b_0j) + A_i1 b_1j) + ...} in increasing k, each term rounded after the multiply
     * and after the add and terms with {@code A_ik == 0} skipped, as {@link Gemm}'s scalar loops do, so
     * the bits are theirs. Outputs are computed in register tiles of 4 rows x 8 columns (two 256-bit
     * vectors per row) with the columns outermost, so a tile's strip of {@code b} stays in the L1
     * cache across the rows (64 at a time); leftover rows take 1 x 8 tiles. The tiles have no
     * branches: rows of A with a zero entry, whose terms must be skipped, and leftover columns take
     * the scalar loop instead. (With the skip as a branch inside the tiles, any zero seen earlier in
     * the JVM made every later product slower: the JIT then compiles both paths of each branch.)
     */
    static void times(double[] a, int rowStride, int innerStride, int rows, int inner, double[] b, int cols,
                      double[] out) {
        int colBound = cols - cols % 8;
        for (int i0 = 0; i0 < rows; i0 += Long.SIZE) {
            int i1 = Math.min(rows, i0 + Long.SIZE);
            long plain = 0;
            for (int r = i0; r < i1; r++) {
                if (!hasZero(a, r * rowStride, innerStride, inner)) {
                    plain |= 1L << (r - i0);
                }
            }
            for (int j = 0; j < colBound; j += 8) {
                for (int i = i0; i < i1; ) {
                    if (i + 4 <= i1 && (plain >>> (i - i0) & 0xF) == 0xF) {
                        fourByEight(a, i * rowStride, rowStride, innerStride, inner, b, cols, j, out, i * cols + j);
                        i += 4;
                    } else {
                        if ((plain >>> (i - i0) & 1) != 0) {
                            oneByEight(a, i * rowStride, innerStride, inner, b, cols, j, out, i * cols + j);
                        } else {
                            scalar(a, i * rowStride, innerStride, inner, b, cols, j, j + 8, out, i * cols);
                        }
                        i++;
                    }
                }
            }
        }
        for (int i = 0; i < rows; i++) {
            scalar(a, i * rowStride, innerStride, inner, b, cols, colBound, cols, out, i * cols);
        }
    }

    /** Whether the row of A at offset {@code ra} has an entry equal to zero. */
    private static boolean hasZero(double[] a, int ra, int innerStride, int inner) {
        for (int k = 0; k < inner; k++) {
            if (a[ra + k * innerStride] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Columns {@code [from, to)} of one output row as {@link Gemm}'s scalar loops compute them. */
    private static void scalar(double[] a, int ra, int innerStride, int inner, double[] b, int cols, int from, int to,
                               double[] out, int o) {
        for (int j = from; j < to; j++) {
            double acc = 0;
            for (int k = 0; k < inner; k++) {
                double v = a[ra + k * innerStride];
                if (v != 0) {
                    acc += v * b[k * cols + j];
                }
            }
            out[o + j] = acc;
        }
    }

    /** One 4 x 8 tile of four rows of A without zeros, so that every term is added (no branches). */
    private static void fourByEight(double[] a, int ra, int rowStride, int innerStride, int inner, double[] b,
                                    int cols, int j, double[] out, int o) {
        DoubleVector c00 = DoubleVector.zero(SPECIES);
        DoubleVector c01 = DoubleVector.zero(SPECIES);
        DoubleVector c10 = DoubleVector.zero(SPECIES);
        DoubleVector c11 = DoubleVector.zero(SPECIES);
        DoubleVector c20 = DoubleVector.zero(SPECIES);
        DoubleVector c21 = DoubleVector.zero(SPECIES);
        DoubleVector c30 = DoubleVector.zero(SPECIES);
        DoubleVector c31 = DoubleVector.zero(SPECIES);
        for (int k = 0; k < inner; k++) {
            int ak = ra + k * innerStride;
            int bk = k * cols + j;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bk);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bk + 4);
            double v0 = a[ak];
            double v1 = a[ak + rowStride];
            double v2 = a[ak + 2 * rowStride];
            double v3 = a[ak + 3 * rowStride];
            c00 = c00.add(b0.mul(v0));
            c01 = c01.add(b1.mul(v0));
            c10 = c10.add(b0.mul(v1));
            c11 = c11.add(b1.mul(v1));
            c20 = c20.add(b0.mul(v2));
            c21 = c21.add(b1.mul(v2));
            c30 = c30.add(b0.mul(v3));
            c31 = c31.add(b1.mul(v3));
        }
        c00.intoArray(out, o);
        c01.intoArray(out, o + 4);
        c10.intoArray(out, o + cols);
        c11.intoArray(out, o + cols + 4);
        c20.intoArray(out, o + 2 * cols);
        c21.intoArray(out, o + 2 * cols + 4);
        c30.intoArray(out, o + 3 * cols);
        c31.intoArray(out, o + 3 * cols + 4);
    }

    /** One 1 x 8 tile of a row of A without zeros. */
    private static void oneByEight(double[] a, int ra, int innerStride, int inner, double[] b, int cols, int j,
                                   double[] out, int o) {
        DoubleVector c0 = DoubleVector.zero(SPECIES);
        DoubleVector c1 = DoubleVector.zero(SPECIES);
        for (int k = 0; k < inner; k++) {
            double v = a[ra + k * innerStride];
            int bk = k * cols + j;
            c0 = c0.add(DoubleVector.fromArray(SPECIES, b, bk).mul(v));
            c1 = c1.add(DoubleVector.fromArray(SPECIES, b, bk + 4).mul(v));
        }
        c0.intoArray(out, o);
        c1.intoArray(out, o + 4);
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

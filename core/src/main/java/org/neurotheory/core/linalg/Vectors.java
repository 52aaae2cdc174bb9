package org.neurotheory.core.linalg;

import org.neurotheory.core.Require;

/**
 * Plain {@code double[]} vector arithmetic that figures and models need in a few places: dot
 * product (of whole vectors, or of slices in a hot loop), Euclidean norm (of a slice), distance and
 * cosine. Every sum has a fixed order, so results are reproducible to the bit. Allocates nothing.
 */
public final class Vectors {
    private Vectors() {
    }

    /** {@code sum_i a_i b_i}. */
    public static double dot(double[] a, double[] b) {
        Require.that(a.length == b.length, "b.length", b.length, "must equal a.length " + a.length);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * {@code sum_{k<len} a[aFrom+k] b[bFrom+k]} with four partial sums over k mod 4, added as
     * {@code (s0 + s1) + (s2 + s3)}: a single running sum is bound by the add latency, four keep the
     * multiply-add units busy. For inner loops; the slices are not checked (an index outside the
     * arrays throws {@link ArrayIndexOutOfBoundsException}).
     */
    public static double dotSlices(double[] a, int aFrom, double[] b, int bFrom, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < len; k += 4) {
            s0 += a[aFrom + k] * b[bFrom + k];
            s1 += a[aFrom + k + 1] * b[bFrom + k + 1];
            s2 += a[aFrom + k + 2] * b[bFrom + k + 2];
            s3 += a[aFrom + k + 3] * b[bFrom + k + 3];
        }
        for (; k < len; k++) {
            s0 += a[aFrom + k] * b[bFrom + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code |a| = sqrt(sum_i a_i^2)}. */
    public static double norm(double[] a) {
        return norm(a, 0, a.length);
    }

    /** The norm of the slice {@code a[from, to)}. */
    public static double norm(double[] a, int from, int to) {
        Require.that(from >= 0 && from <= to && to <= a.length, "slice", "[" + from + ", " + to + ")",
                "must lie within [0, " + a.length + "]");
        double s = 0;
        for (int i = from; i < to; i++) {
            s += a[i] * a[i];
        }
        return Math.sqrt(s);
    }

    /** {@code |a - b|}. */
    public static double distance(double[] a, double[] b) {
        Require.that(a.length == b.length, "b.length", b.length, "must equal a.length " + a.length);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** {@code a.b / sqrt(|a|^2 |b|^2)}: NaN when either vector is zero. */
    public static double cosine(double[] a, double[] b) {
        Require.that(a.length == b.length, "b.length", b.length, "must equal a.length " + a.length);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }
}

package org.neurotheory.relu.data;

import org.neurotheory.core.Require;

/**
 * A scalar regression target {@code y = g(x)}: linear teachers, odd
 * nonlinear functions ({@code x_i^3 - 3 x_i}, {@code sign(x_i) x_i^2}, {@code x_1 x_2 x_3}) and even
 * ones ({@code |w.x|}, {@code x_i x_j}). Every factory here evaluates exactly odd (or even) in
 * floating point, so mirrored datasets are exactly symmetric.
 */
@FunctionalInterface
public interface ScalarTarget {
    /** {@code g(x)}. */
    double value(double[] x);

    /** {@code this + other}. */
    default ScalarTarget plus(ScalarTarget other) {
        Require.nonNull("other", other);
        return x -> value(x) + other.value(x);
    }

    /** {@code k * this}. */
    default ScalarTarget times(double k) {
        Require.finite("k", k);
        return x -> k * value(x);
    }

    /** Linear teacher {@code w^T x} (odd). */
    static ScalarTarget linear(double[] w) {
        double[] c = Require.allFinite("w", w).clone();
        return x -> {
            double s = 0;
            for (int i = 0; i < c.length; i++) {
                s += c[i] * x[i];
            }
            return s;
        };
    }

    /** {@code x_i^3 - 3 x_i}: odd, orthogonal to every linear function under N(0, I) (third Hermite polynomial). */
    static ScalarTarget cubicHermite(int i) {
        Require.nonNegative("i", i);
        return x -> x[i] * x[i] * x[i] - 3 * x[i];
    }

    /** {@code sign(x_i) x_i^2}: odd and nonlinear. */
    static ScalarTarget signedSquare(int i) {
        Require.nonNegative("i", i);
        return x -> Math.abs(x[i]) * x[i];
    }

    /** {@code x_0 x_1 x_2}: odd, with no linear part under N(0, I). */
    static ScalarTarget tripleProduct() {
        return x -> x[0] * x[1] * x[2];
    }

    /** {@code |w^T x|}: even. */
    static ScalarTarget absoluteLinear(double[] w) {
        ScalarTarget lin = linear(w);
        return x -> Math.abs(lin.value(x));
    }

    /** {@code x_i x_j} ({@code i != j}): even (XOR-like on {+-1}^2). */
    static ScalarTarget product(int i, int j) {
        Require.nonNegative("i", i);
        Require.that(j != i && j >= 0, "j", j, "must be >= 0 and differ from i = " + i);
        return x -> x[i] * x[j];
    }
}

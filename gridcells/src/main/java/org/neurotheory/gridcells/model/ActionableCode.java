package org.neurotheory.gridcells.model;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;

/**
 * An actionable code of a translation-invariant space, paper eq. (A):
 * {@code g(x) = a_0 + sum_d [a_d cos(k_d.x) + b_d sin(k_d.x)] = W r(x)}, with the mixing matrix
 * {@code W} (N x (2D+1), column 0 = a_0, column 2d-1 = a_d, column 2d = b_d) and frequencies
 * {@code k_d} (D x dim). The displacement {@code dx} acts on the neural code through
 * {@code T(dx) = W G(dx) W^+} (Section 2.2): {@code T(dx) g(x) = g(x + dx)} whenever W has full
 * column rank. Immutable; arrays are copied in and out.
 */
public final class ActionableCode {
    private final int neurons;
    private final int dim;
    private final int frequencies;
    private final double[] w;
    private final double[] k;

    /**
     * @param neurons N
     * @param dim     dimension of the encoded space (1 line, 2 plane, 3 volume)
     * @param w       mixing matrix, N x (2D+1) row-major
     * @param k       frequencies, D x dim row-major, with {@code D <= floor((N-1)/2)}
     */
    public ActionableCode(int neurons, int dim, double[] w, double[] k) {
        this(neurons, dim, w, k, true);
    }

    private ActionableCode(int neurons, int dim, double[] w, double[] k, boolean budget) {
        Require.positive("neurons", neurons);
        Require.inRange("dim", dim, 1, 3);
        Require.nonNull("k", k);
        Require.that(k.length % dim == 0 && k.length > 0, "k.length", k.length, "must be a positive multiple of dim = " + dim);
        this.frequencies = budget ? FrequencyBudget.require(neurons, k.length / dim) : k.length / dim;
        Require.length("w", w, neurons * IrrepBasis.size(frequencies));
        Require.allFinite("w", w);
        Require.allFinite("k", k);
        this.neurons = neurons;
        this.dim = dim;
        this.w = w.clone();
        this.k = k.clone();
    }

    /**
     * An over-parametrised code of a finite space (Section 2.5 of the paper): W mixes every
     * candidate frequency, more than {@code floor((N-1)/2)}; only the equivariance loss keeps the
     * frequencies it uses within the budget. Same layouts as the constructor.
     */
    public static ActionableCode overParametrised(int neurons, int dim, double[] w, double[] k) {
        return new ActionableCode(neurons, dim, w, k, false);
    }

    /** A random code (paper Fig. 2A): {@code W ~ Normal(0, 1)}, {@code k ~ Uniform[0, kMax)^dim} as the official code initialises. */
    public static ActionableCode random(int neurons, int dim, int frequencies, double kMax, SplittableRandom rng) {
        FrequencyBudget.require(neurons, frequencies);
        Require.positive("kMax", kMax);
        double[] w = new double[neurons * IrrepBasis.size(frequencies)];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian();
        }
        double[] k = new double[frequencies * dim];
        for (int i = 0; i < k.length; i++) {
            k[i] = kMax * rng.nextDouble();
        }
        return new ActionableCode(neurons, dim, w, k);
    }

    public int neurons() {
        return neurons;
    }

    public int dim() {
        return dim;
    }

    /** D, the number of non-constant frequencies. */
    public int frequencies() {
        return frequencies;
    }

    /** Basis size 2D + 1. */
    public int basisSize() {
        return IrrepBasis.size(frequencies);
    }

    /** A copy of W (N x (2D+1), row-major). */
    public double[] weights() {
        return w.clone();
    }

    /** A copy of the frequencies (D x dim, row-major). */
    public double[] frequencyVectors() {
        return k.clone();
    }

    /** Frequency d as a vector of length dim. */
    public double[] frequency(int d) {
        Require.inRange("d", d, 0, frequencies - 1);
        double[] out = new double[dim];
        System.arraycopy(k, d * dim, out, 0, dim);
        return out;
    }

    /** The population rate vector {@code g(x) = W r(x)} at one point. */
    public double[] rates(double... x) {
        double[] r = IrrepBasis.at(k, dim, x, new double[basisSize()]);
        double[] g = new double[neurons];
        int b = basisSize();
        for (int n = 0; n < neurons; n++) {
            double s = 0;
            for (int i = 0; i < b; i++) {
                s += w[n * b + i] * r[i];
            }
            g[n] = s;
        }
        return g;
    }

    /** Power of frequency d summed over neurons, {@code ||a_d||^2 + ||b_d||^2}. */
    public double power(int d) {
        Require.inRange("d", d, 0, frequencies - 1);
        int b = basisSize();
        double s = 0;
        for (int n = 0; n < neurons; n++) {
            double a = w[n * b + 2 * d + 1];
            double c = w[n * b + 2 * d + 2];
            s += a * a + c * c;
        }
        return s;
    }

    /** Power of every frequency, {@link #power(int)} for d = 0 .. D-1 (the constant's is {@link #constantPower()}). */
    public double[] powers() {
        double[] out = new double[frequencies];
        for (int d = 0; d < frequencies; d++) {
            out[d] = power(d);
        }
        return out;
    }

    /** Power of the constant, {@code ||a_0||^2}. */
    public double constantPower() {
        int b = basisSize();
        double s = 0;
        for (int n = 0; n < neurons; n++) {
            s += w[n * b] * w[n * b];
        }
        return s;
    }

    /**
     * The neural transition matrix {@code T(dx) = W G(dx) W^+} (N x N, Section 2.2); moves the
     * code by {@code dx} when W has full column rank.
     */
    public DMatrixRMaj transition(double... dx) {
        int b = basisSize();
        Require.that(neurons >= b, "neurons", neurons, "must be >= 2D+1 = " + b + " for W to have full column rank");
        DMatrixRMaj wm = DMatrixRMaj.wrap(neurons, b, w.clone());
        DMatrixRMaj g = DMatrixRMaj.wrap(b, b, IrrepBasis.action(k, dim, dx));
        DMatrixRMaj pinv = new DMatrixRMaj(b, neurons);
        CommonOps_DDRM.pinv(wm, pinv);
        DMatrixRMaj wg = new DMatrixRMaj(neurons, b);
        CommonOps_DDRM.mult(wm, g, wg);
        DMatrixRMaj t = new DMatrixRMaj(neurons, neurons);
        CommonOps_DDRM.mult(wg, pinv, t);
        return t;
    }

    /** This code with its mixing matrix multiplied by {@code G(dx)} on the right: {@code g'(x) = g(x + dx)}. */
    public ActionableCode shifted(double... dx) {
        int b = basisSize();
        double[] g = IrrepBasis.action(k, dim, dx);
        double[] out = new double[w.length];
        for (int n = 0; n < neurons; n++) {
            for (int j = 0; j < b; j++) {
                double s = 0;
                for (int i = 0; i < b; i++) {
                    s += w[n * b + i] * g[i * b + j];
                }
                out[n * b + j] = s;
            }
        }
        return new ActionableCode(neurons, dim, out, k);
    }
}

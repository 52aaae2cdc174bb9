package org.neurotheory.popcodes.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Vectors;

/**
 * Linear Fisher information {@code I = f'^T C^{-1} f'} (Eq. E1, and E5 for
 * {@code C = Sigma_xi + Sigma_y}) by an in-place Cholesky factorisation {@code C = L L^T};
 * the information is {@code |L^{-1} f'|^2}, so no inverse is ever formed.
 *
 * <p>A solver owns a workspace for one population size and allocates nothing per call, so a
 * sweep over stimuli and noise levels reuses one instance. It is not thread-safe: use one per
 * thread. The covariance must be symmetric (relative asymmetry at most 1e-9) and positive
 * definite; a Cholesky pivot below {@code 1e-14} times its diagonal entry (condition number
 * beyond ~1e14, where double precision no longer resolves the information) is rejected with an
 * {@link IllegalArgumentException} that names the pivot.
 */
public final class FisherSolver {
    private static final double ASYMMETRY_TOLERANCE = 1e-9;
    private static final double PIVOT_TOLERANCE = 1e-14;
    private static final int BLOCK = 32;

    private final int n;
    private final double[] factor;
    private final double[] forward;
    private final double[] decoder;

    /** @param n population size (dimension of the covariance), {@code > 0} */
    public FisherSolver(int n) {
        this.n = Require.positive("n", n);
        this.factor = new double[n * n];
        this.forward = new double[n];
        this.decoder = new double[n];
    }

    /** One-off {@code f'^T C^{-1} f'} (allocates a solver; use an instance in loops). */
    public static double of(double[] signal, DMatrixRMaj covariance) {
        Require.nonNull("signal", signal);
        return new FisherSolver(signal.length).information(signal, covariance);
    }

    /** The population size this solver handles. */
    public int dimension() {
        return n;
    }

    /** Eq. E1: {@code f'^T C^{-1} f'}. */
    public double information(double[] signal, DMatrixRMaj covariance) {
        return information(signal, covariance, null, 0.0);
    }

    /** Eq. E5 with isotropic downstream noise: {@code f'^T (C + sigma2 I)^{-1} f'}, {@code sigma2 >= 0}. */
    public double information(double[] signal, DMatrixRMaj covariance, double sigma2) {
        Require.nonNegative("sigma2", sigma2);
        return information(signal, covariance, null, sigma2);
    }

    /** Eq. E5: {@code f'^T (C + Sigma_y)^{-1} f'} for an effective downstream noise {@code Sigma_y}. */
    public double information(double[] signal, DMatrixRMaj covariance, DMatrixRMaj extraNoise) {
        Require.nonNull("extraNoise", extraNoise);
        return information(signal, covariance, extraNoise, 0.0);
    }

    /**
     * The optimal linear decoder {@code C^{-1} f'} of the last information call, copied into
     * {@code out} (length n) and returned.
     */
    public double[] lastDecoder(double[] out) {
        Require.length("out", out, n);
        System.arraycopy(decoder, 0, out, 0, n);
        return out;
    }

    private double information(double[] signal, DMatrixRMaj covariance, DMatrixRMaj extra, double sigma2) {
        Require.length("signal", signal, n);
        Require.allFinite("signal", signal);
        requireShape("covariance", covariance);
        if (extra != null) {
            requireShape("extraNoise", extra);
        }
        load(covariance, extra, sigma2);
        factorise();
        return solve(signal);
    }

    private void requireShape(String name, DMatrixRMaj m) {
        Require.nonNull(name, m);
        Require.that(m.numRows == n && m.numCols == n, name + " shape", m.numRows + "x" + m.numCols,
                "must be " + n + "x" + n + " (the length of signal)");
    }

    /** Copies the lower triangle of {@code C (+ extra) (+ sigma2 I)} into the workspace, checking symmetry. */
    private void load(DMatrixRMaj c, DMatrixRMaj extra, double sigma2) {
        double[] a = c.data;
        double[] e = extra == null ? null : extra.data;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = 0; j <= i; j++) {
                double lower = a[row + j];
                double upper = a[j * n + i];
                double scale = Math.sqrt(Math.abs(a[row + i] * a[j * n + j]));
                if (!(Math.abs(lower - upper) <= ASYMMETRY_TOLERANCE * scale) && !(lower == upper)) {
                    throw new IllegalArgumentException("covariance[" + i + "][" + j + "] = " + lower
                            + " is not allowed: must equal covariance[" + j + "][" + i + "] = " + upper
                            + " (covariance must be symmetric)");
                }
                double v = lower;
                if (e != null) {
                    v += e[row + j];
                }
                factor[row + j] = v;
            }
            factor[row + i] += sigma2;
        }
    }

    /**
     * In-place Cholesky (Cholesky-Crout, inner products along contiguous rows). Rows are processed
     * in blocks of {@link #BLOCK}: for each earlier row j, the whole block is updated before moving
     * on, so row j is read from memory once per block instead of once per row (at n = 1000 the
     * unblocked loop is limited by memory traffic).
     */
    private void factorise() {
        for (int i0 = 0; i0 < n; i0 += BLOCK) {
            int i1 = Math.min(n, i0 + BLOCK);
            for (int j = 0; j < i1; j++) {
                int rowJ = j * n;
                for (int i = Math.max(i0, j); i < i1; i++) {
                    int rowI = i * n;
                    double s = factor[rowI + j] - Vectors.dotSlices(factor, rowI, factor, rowJ, j);
                    if (i == j) {
                        double diag = factor[rowI + i];
                        if (!(s > PIVOT_TOLERANCE * Math.abs(diag))) {
                            throw new IllegalArgumentException("covariance (Cholesky pivot " + i + ") = " + s
                                    + " is not allowed: covariance must be symmetric positive definite"
                                    + " (pivot must exceed 1e-14 x diagonal " + diag + ")");
                        }
                        factor[rowI + i] = Math.sqrt(s);
                    } else {
                        factor[rowI + j] = s / factor[rowJ + j];
                    }
                }
            }
        }
    }

    /** Forward then backward substitution; returns {@code |L^{-1} f'|^2}. */
    private double solve(double[] f) {
        double info = 0;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double s = f[i];
            for (int k = 0; k < i; k++) {
                s -= factor[row + k] * forward[k];
            }
            forward[i] = s / factor[row + i];
            info += forward[i] * forward[i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = forward[i];
            for (int k = i + 1; k < n; k++) {
                s -= factor[k * n + i] * decoder[k];
            }
            decoder[i] = s / factor[i * n + i];
        }
        return info;
    }
}

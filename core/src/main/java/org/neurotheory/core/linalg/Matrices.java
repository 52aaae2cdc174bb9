package org.neurotheory.core.linalg;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.neurotheory.core.Require;

/**
 * Dense linear algebra named after the maths, on EJML {@link DMatrixRMaj} (small matrices, d up
 * to ~100). EJML convention: inputs first, inputs never modified, results returned.
 */
public final class Matrices {
    private Matrices() {
    }

    /** Gram (second-moment) matrix {@code X^T X / n} of the n rows of {@code X}. */
    public static DMatrixRMaj gram(DMatrixRMaj x) {
        Require.that(x.numRows > 0, "x.numRows", x.numRows, "must be > 0");
        DMatrixRMaj g = new DMatrixRMaj(x.numCols, x.numCols);
        CommonOps_DDRM.multTransA(x, x, g);
        CommonOps_DDRM.scale(1.0 / x.numRows, g);
        return g;
    }

    /** Cross moment {@code Y^T X / n} of paired rows (e.g. Sigma_yx from targets Y and inputs X). */
    public static DMatrixRMaj crossMoment(DMatrixRMaj y, DMatrixRMaj x) {
        Require.that(y.numRows == x.numRows, "y.numRows", y.numRows, "must equal x.numRows = " + x.numRows);
        DMatrixRMaj c = new DMatrixRMaj(y.numCols, x.numCols);
        CommonOps_DDRM.multTransA(y, x, c);
        CommonOps_DDRM.scale(1.0 / x.numRows, c);
        return c;
    }

    /** Eigen-decomposition of a symmetric matrix, eigenvalues in descending order. */
    public static Spectrum spectrum(DMatrixRMaj symmetric) {
        requireSquare("symmetric", symmetric);
        int n = symmetric.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(symmetric.copy())) {
            throw new ArithmeticException("eigen-decomposition failed for a " + n + "x" + n + " matrix");
        }
        Integer[] order = new Integer[n];
        double[] vals = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            vals[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(order, (a, b) -> Double.compare(vals[b], vals[a]));
        double[] sorted = new double[n];
        DMatrixRMaj vectors = new DMatrixRMaj(n, n);
        for (int k = 0; k < n; k++) {
            sorted[k] = vals[order[k]];
            DMatrixRMaj v = eig.getEigenVector(order[k]);
            for (int i = 0; i < n; i++) {
                vectors.set(i, k, v.get(i));
            }
        }
        return new Spectrum(sorted, vectors);
    }

    /** Eigenvalues (descending) and orthonormal eigenvectors (columns) of a symmetric matrix. */
    public record Spectrum(double[] values, DMatrixRMaj vectors) {
        /** {@code V f(Lambda) V^T}. */
        public DMatrixRMaj apply(DoubleUnaryOperator f) {
            int n = values.length;
            DMatrixRMaj scaled = vectors.copy();
            for (int k = 0; k < n; k++) {
                double fk = f.applyAsDouble(values[k]);
                for (int i = 0; i < n; i++) {
                    scaled.set(i, k, scaled.get(i, k) * fk);
                }
            }
            DMatrixRMaj out = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multTransB(scaled, vectors, out);
            return out;
        }
    }

    /** Symmetric square root {@code Sigma^{1/2}} of a positive semi-definite matrix. */
    public static DMatrixRMaj sqrtPsd(DMatrixRMaj sigma) {
        Spectrum s = spectrum(sigma);
        requirePsd("sigma", s);
        return s.apply(v -> Math.sqrt(Math.max(v, 0)));
    }

    /** Whitening matrix {@code Sigma^{-1/2}} of a positive-definite covariance. */
    public static DMatrixRMaj whitener(DMatrixRMaj sigma) {
        Spectrum s = spectrum(sigma);
        double min = s.values()[s.values().length - 1];
        Require.that(min > 1e-12 * Math.abs(s.values()[0]), "sigma (smallest eigenvalue)", min,
                "must be > 0: sigma must be positive definite");
        return s.apply(v -> 1.0 / Math.sqrt(v));
    }

    /** Rows of {@code x} whitened so that their empirical second moment is exactly the identity. */
    public static DMatrixRMaj whiten(DMatrixRMaj x) {
        DMatrixRMaj w = whitener(gram(x));
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
        CommonOps_DDRM.mult(x, w, out);
        return out;
    }

    /** Solves {@code A X = B} for symmetric positive-definite A by Cholesky; never forms A^{-1}. */
    public static DMatrixRMaj solveSpd(DMatrixRMaj a, DMatrixRMaj b) {
        requireSquare("a", a);
        Require.that(b.numRows == a.numRows, "b.numRows", b.numRows, "must equal a.numRows = " + a.numRows);
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(a.numRows);
        if (!chol.setA(a.copy())) {
            throw new IllegalArgumentException("a is not allowed: must be symmetric positive definite (Cholesky failed)");
        }
        DMatrixRMaj x = new DMatrixRMaj(a.numCols, b.numCols);
        chol.solve(b, x);
        return x;
    }

    /** A Haar-random orthogonal n x n matrix (QR of a Gaussian matrix with the sign fix of Mezzadri 2007). */
    public static DMatrixRMaj randomOrthogonal(int n, SplittableRandom rng) {
        Require.positive("n", n);
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        for (int i = 0; i < g.data.length; i++) {
            g.data[i] = rng.nextGaussian();
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        qr.decompose(g.copy());
        DMatrixRMaj q = qr.getQ(null, false);
        DMatrixRMaj r = qr.getR(null, false);
        for (int k = 0; k < n; k++) {
            if (r.get(k, k) < 0) {
                for (int i = 0; i < n; i++) {
                    q.set(i, k, -q.get(i, k));
                }
            }
        }
        return q;
    }

    /** Thin singular value decomposition {@code M = U diag(s) V^T}, s descending. */
    public static Svd svd(DMatrixRMaj m) {
        SingularValueDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.svd(m.numRows, m.numCols, true, true, true);
        if (!d.decompose(m.copy())) {
            throw new ArithmeticException("SVD failed for a " + m.numRows + "x" + m.numCols + " matrix");
        }
        DMatrixRMaj u = d.getU(null, false);
        DMatrixRMaj w = d.getW(null);
        DMatrixRMaj v = d.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);
        double[] s = new double[Math.min(w.numRows, w.numCols)];
        for (int i = 0; i < s.length; i++) {
            s[i] = w.get(i, i);
        }
        return new Svd(u, s, v);
    }

    /** {@code M = U diag(s) V^T}: U columns left vectors, V columns right vectors. */
    public record Svd(DMatrixRMaj u, double[] s, DMatrixRMaj v) {
    }

    /** Wraps rows into a matrix (copies). */
    public static DMatrixRMaj of(double[][] rows) {
        return new DMatrixRMaj(rows);
    }

    /** A diagonal matrix. */
    public static DMatrixRMaj diag(double... d) {
        return CommonOps_DDRM.diag(d);
    }

    private static void requireSquare(String name, DMatrixRMaj m) {
        Require.nonNull(name, m);
        Require.that(m.numRows == m.numCols, name + " shape", m.numRows + "x" + m.numCols, "must be square");
    }

    private static void requirePsd(String name, Spectrum s) {
        double min = s.values()[s.values().length - 1];
        double tol = 1e-10 * Math.max(1, Math.abs(s.values()[0]));
        Require.that(min >= -tol, name + " (smallest eigenvalue)", min, "must be >= 0: matrix must be positive semi-definite");
    }
}

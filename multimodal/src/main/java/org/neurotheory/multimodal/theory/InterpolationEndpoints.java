package org.neurotheory.multimodal.theory;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;

/**
 * Where linear fusion networks from vanishing initialisation end in the overparameterised regime
 * (P < D; paper Sec. 5, §3.6). Gradients of the first layer stay in the row space of the
 * training inputs, so:
 * <ul>
 *   <li>early fusion ends at the minimum-norm interpolant {@code X^+ y} of all inputs;</li>
 *   <li>late fusion with {@code P <= d_A} fits the data with A alone first; the loss is then zero,
 *       every gradient vanishes and B is never learned: it ends at {@code [X_A^+ y, 0]}
 *       (permanent unimodal bias).</li>
 * </ul>
 * Computed as {@code X^T (X X^T)^-1 y} by an SPD solve (X has full row rank for Gaussian inputs).
 */
public final class InterpolationEndpoints {
    private InterpolationEndpoints() {
    }

    /** Minimum-norm interpolant of the rows of x (P x n, P <= n) and targets y (P x 1), length n. */
    public static double[] minimumNorm(DMatrixRMaj x, DMatrixRMaj y) {
        Require.nonNull("x", x);
        Require.nonNull("y", y);
        Require.that(x.numRows <= x.numCols, "x.numRows", x.numRows, "must be <= x.numCols = " + x.numCols + " (P <= n)");
        Require.that(y.numRows == x.numRows && y.numCols == 1, "y shape", y.numRows + "x" + y.numCols, "must be P x 1");
        DMatrixRMaj gram = new DMatrixRMaj(x.numRows, x.numRows);
        CommonOps_DDRM.multTransB(x, x, gram);
        DMatrixRMaj alpha = Matrices.solveSpd(gram, y);
        DMatrixRMaj w = new DMatrixRMaj(x.numCols, 1);
        CommonOps_DDRM.multTransA(x, alpha, w);
        return w.data.clone();
    }

    /** Early fusion's endpoint {@code X^+ y} (length D). */
    public static double[] earlyFusion(DMatrixRMaj x, DMatrixRMaj y) {
        return minimumNorm(x, y);
    }

    /** Late fusion's endpoint {@code [X_A^+ y, 0]} when {@code P <= d_A} (length D). */
    public static double[] lateFusion(DMatrixRMaj x, DMatrixRMaj y, int dimA) {
        Require.nonNull("x", x);
        Require.that(dimA > 0 && dimA < x.numCols, "dimA", dimA, "must be in [1, " + (x.numCols - 1) + "]");
        double[] wa = minimumNorm(CommonOps_DDRM.extract(x, 0, x.numRows, 0, dimA), y);
        double[] out = new double[x.numCols];
        System.arraycopy(wa, 0, out, 0, dimA);
        return out;
    }
}

package org.neurotheory.core.dln;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;

/**
 * The second-order statistics that fully determine the square-loss dynamics of a linear network:
 * input covariance {@code Sigma_x = E[x x^T]}, input-output correlation {@code Sigma_yx = E[y x^T]}
 * and {@code E[|y|^2] = tr Sigma_yy}. With them the loss of a linear map W is
 * {@code L(W) = 1/2 tr Sigma_yy - tr(W Sigma_xy) + 1/2 tr(W Sigma_x W^T)}.
 * Full-batch gradient descent on P samples is exactly the flow on the empirical moments.
 *
 * @param sigmaX   n_in x n_in, symmetric positive semi-definite
 * @param sigmaYX  n_out x n_in
 * @param traceYY  {@code E[|y|^2]}
 */
public record LinearRegressionMoments(DMatrixRMaj sigmaX, DMatrixRMaj sigmaYX, double traceYY) {
    public LinearRegressionMoments {
        Require.nonNull("sigmaX", sigmaX);
        Require.nonNull("sigmaYX", sigmaYX);
        Require.that(sigmaX.numRows == sigmaX.numCols, "sigmaX shape", sigmaX.numRows + "x" + sigmaX.numCols, "must be square");
        Require.that(sigmaYX.numCols == sigmaX.numRows, "sigmaYX.numCols", sigmaYX.numCols,
                "must equal sigmaX size " + sigmaX.numRows);
        Require.finite("traceYY", traceYY);
        sigmaX = sigmaX.copy();
        sigmaYX = sigmaYX.copy();
    }

    /** Empirical moments of the rows of X (P x n_in) and Y (P x n_out). */
    public static LinearRegressionMoments empirical(DMatrixRMaj x, DMatrixRMaj y) {
        double tyy = CommonOps_DDRM.elementSum(elementSquare(y)) / y.numRows;
        return new LinearRegressionMoments(Matrices.gram(x), Matrices.crossMoment(y, x), tyy);
    }

    /** Whitened input ({@code Sigma_x = I}) with the given input-output correlation. */
    public static LinearRegressionMoments whitened(DMatrixRMaj sigmaYX, double traceYY) {
        return new LinearRegressionMoments(CommonOps_DDRM.identity(sigmaYX.numCols), sigmaYX, traceYY);
    }

    public int inputs() {
        return sigmaX.numRows;
    }

    public int outputs() {
        return sigmaYX.numRows;
    }

    /** {@code L(W)} for a linear map W (n_out x n_in). */
    public double loss(DMatrixRMaj w) {
        DMatrixRMaj ws = new DMatrixRMaj(w.numRows, w.numCols);
        CommonOps_DDRM.mult(w, sigmaX, ws);
        double quad = 0;
        double cross = 0;
        for (int i = 0; i < w.data.length; i++) {
            quad += ws.data[i] * w.data[i];
            cross += w.data[i] * sigmaYX.data[i];
        }
        return 0.5 * traceYY - cross + 0.5 * quad;
    }

    /** The global minimum of the loss over linear maps (the least-squares loss). */
    public double minimumLoss() {
        DMatrixRMaj wStar = leastSquares();
        return loss(wStar);
    }

    /** The least-squares map {@code W* = Sigma_yx Sigma_x^{-1}} (by an SPD solve). */
    public DMatrixRMaj leastSquares() {
        DMatrixRMaj wt = Matrices.solveSpd(sigmaX, transpose(sigmaYX));
        return transpose(wt);
    }

    private static DMatrixRMaj transpose(DMatrixRMaj m) {
        return CommonOps_DDRM.transpose(m, null);
    }

    private static DMatrixRMaj elementSquare(DMatrixRMaj m) {
        DMatrixRMaj out = m.copy();
        CommonOps_DDRM.elementMult(out, m);
        return out;
    }
}

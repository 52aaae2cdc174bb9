package org.neurotheory.popcodes.model;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.neurotheory.core.Require;
import org.neurotheory.popcodes.theory.FisherSolver;

/**
 * The second processing stage linearised at the mean operating point (§2.4):
 * {@code y = g(W x) + eta}, with gain {@code G = diag(g'(W f(s)))}, linear map {@code A = G W} and
 * noise covariance {@code Sigma_eta}. Output information (Eq. E4):
 * {@code I_y = (A f')^T (A Sigma_xi A^T + Sigma_eta)^{-1} (A f')}; with a noiseless first layer
 * (Eq. E6) {@code J = (A f')^T Sigma_eta^{-1} (A f')}.
 *
 * @param weights M x N feed-forward weights W (copied)
 * @param gains   slopes {@code g'(W f(s))}, length M, finite and non-zero
 * @param noise   M x M noise covariance Sigma_eta, symmetric with positive diagonal (copied)
 */
public record DownstreamStage(DMatrixRMaj weights, double[] gains, DMatrixRMaj noise) {
    public DownstreamStage {
        Require.nonNull("weights", weights);
        Require.allFinite("gains", gains);
        Require.nonNull("noise", noise);
        int m = weights.numRows;
        Require.that(m > 0 && weights.numCols > 0, "weights shape", m + "x" + weights.numCols, "must be non-empty");
        Require.allFinite("weights", weights.data);
        Require.length("gains", gains, m);
        for (int i = 0; i < m; i++) {
            Require.that(gains[i] != 0, "gains[" + i + "]", gains[i], "must be non-zero");
        }
        Require.that(noise.numRows == m && noise.numCols == m, "noise shape", noise.numRows + "x" + noise.numCols,
                "must be " + m + "x" + m + " (rows of weights)");
        for (int i = 0; i < m; i++) {
            Require.that(noise.get(i, i) > 0, "noise[" + i + "][" + i + "]", noise.get(i, i),
                    "must be > 0 (downstream noise variances must be positive)");
        }
        weights = weights.copy();
        gains = gains.clone();
        noise = noise.copy();
    }

    /** Figs 2 and 7: {@code A = I}, {@code Sigma_eta = variance I} (i.i.d. Gaussian corruption). */
    public static DownstreamStage isotropic(int n, double variance) {
        Require.positive("n", n);
        Require.positive("variance", variance);
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return new DownstreamStage(CommonOps_DDRM.identity(n), ones, CovarianceModels.isotropic(n, variance));
    }

    /** Number of first-layer inputs N. */
    public int inputs() {
        return weights.numCols;
    }

    /** Number of second-layer cells M. */
    public int outputs() {
        return weights.numRows;
    }

    /** The linearised map {@code A = G W} (new matrix). */
    public DMatrixRMaj linearMap() {
        DMatrixRMaj a = weights.copy();
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                a.set(i, j, gains[i] * a.get(i, j));
            }
        }
        return a;
    }

    /** Output signal direction {@code A f'}. */
    public double[] signal(double[] inputSignal) {
        Require.length("inputSignal", inputSignal, inputs());
        DMatrixRMaj out = new DMatrixRMaj(outputs(), 1);
        CommonOps_DDRM.mult(linearMap(), DMatrixRMaj.wrap(inputs(), 1, inputSignal), out);
        return out.data;
    }

    /** Output covariance {@code A Sigma_xi A^T + Sigma_eta}. */
    public DMatrixRMaj outputCovariance(DMatrixRMaj inputCovariance) {
        Require.nonNull("inputCovariance", inputCovariance);
        Require.that(inputCovariance.numRows == inputs() && inputCovariance.numCols == inputs(),
                "inputCovariance shape", inputCovariance.numRows + "x" + inputCovariance.numCols,
                "must be " + inputs() + "x" + inputs());
        DMatrixRMaj a = linearMap();
        DMatrixRMaj as = new DMatrixRMaj(outputs(), inputs());
        CommonOps_DDRM.mult(a, inputCovariance, as);
        DMatrixRMaj c = new DMatrixRMaj(outputs(), outputs());
        CommonOps_DDRM.multTransB(as, a, c);
        CommonOps_DDRM.addEquals(c, noise);
        symmetrise(c);
        return c;
    }

    /** Eq. E4: output information. */
    public double outputInformation(double[] inputSignal, DMatrixRMaj inputCovariance) {
        return FisherSolver.of(signal(inputSignal), outputCovariance(inputCovariance));
    }

    /** Eq. E6: information of layer 2 with a noiseless layer 1. */
    public double noiselessInformation(double[] inputSignal) {
        return FisherSolver.of(signal(inputSignal), noise);
    }

    /**
     * Eq. E5: the effective noise {@code Sigma_y = A^{-1} Sigma_eta A^{-T}} in first-layer
     * coordinates (square, invertible A only), computed by two LU solves.
     */
    public DMatrixRMaj effectiveNoise() {
        Require.that(outputs() == inputs(), "weights shape", outputs() + "x" + inputs(),
                "must be square for an effective noise (use outputInformation otherwise)");
        DMatrixRMaj a = linearMap();
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(inputs());
        if (!lu.setA(a.copy()) || !(lu.quality() > 1e-12)) {
            throw new IllegalArgumentException("weights (LU quality " + lu.quality()
                    + ") is not allowed: G W must be invertible for an effective noise");
        }
        DMatrixRMaj x = new DMatrixRMaj(inputs(), inputs());
        lu.solve(noise, x);
        DMatrixRMaj xt = CommonOps_DDRM.transpose(x, null);
        DMatrixRMaj y = new DMatrixRMaj(inputs(), inputs());
        lu.solve(xt, y);
        symmetrise(y);
        return y;
    }

    private static void symmetrise(DMatrixRMaj c) {
        for (int i = 0; i < c.numRows; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (c.get(i, j) + c.get(j, i));
                c.set(i, j, v);
                c.set(j, i, v);
            }
        }
    }
}

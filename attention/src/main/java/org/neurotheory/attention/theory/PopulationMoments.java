package org.neurotheory.attention.theory;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.attention.model.EndToEndLoss;
import org.neurotheory.attention.model.FeatureSpace;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;

/**
 * Population moments and loss of in-context linear regression with Gaussian tokens
 * {@code x ~ N(0, Lambda)} and tasks {@code w ~ N(0, I)} (paper Sec. 3.1-3.2):
 * {@code E[y_q^2] = tr Lambda}, Eq. (15) {@code E[Lambda_hat^2] = Lambda^2 + (Lambda + tr(Lambda) I) Lambda / N},
 * and for a predictor {@code yhat = beta^T G x_q}
 * <pre>L(G) = tr Lambda - 2 tr(G^T Lambda^2) + tr(E[Lambda_hat^2] G Lambda G^T),  Gamma = Lambda^2 - E[Lambda_hat^2] G Lambda.</pre>
 *
 * @param lambda        input covariance Lambda (D x D, symmetric positive definite)
 * @param contextLength N
 */
public record PopulationMoments(DMatrixRMaj lambda, int contextLength) {
    public PopulationMoments {
        Require.nonNull("lambda", lambda);
        Require.that(lambda.numRows == lambda.numCols, "lambda shape", lambda.numRows + "x" + lambda.numCols,
                "must be square");
        Require.positive("contextLength", contextLength);
        lambda = lambda.copy();
    }

    /** D. */
    public int dimension() {
        return lambda.numRows;
    }

    @Override
    public DMatrixRMaj lambda() {
        return lambda.copy();
    }

    /** {@code E[y_q^2] = tr Lambda}. */
    public double traceLambda() {
        return CommonOps_DDRM.trace(lambda);
    }

    /** Eq. (15): {@code E[Lambda_hat^2] = Lambda^2 + (Lambda + tr(Lambda) I) Lambda / N}. */
    public DMatrixRMaj squaredCovariance() {
        int d = dimension();
        DMatrixRMaj l2 = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(lambda, lambda, l2);
        DMatrixRMaj out = l2.copy();
        CommonOps_DDRM.addEquals(out, 1.0 / contextLength, l2);
        DMatrixRMaj tl = lambda.copy();
        CommonOps_DDRM.scale(traceLambda() / contextLength, tl);
        CommonOps_DDRM.addEquals(out, tl);
        return out;
    }

    /** Population loss {@code L(G)} of {@code yhat = beta^T G x_q} (paper units). */
    public double loss(DMatrixRMaj g) {
        int d = dimension();
        Require.that(g.numRows == d && g.numCols == d, "g shape", g.numRows + "x" + g.numCols, "must be " + d + "x" + d);
        DMatrixRMaj l2 = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(lambda, lambda, l2);
        DMatrixRMaj gl = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(g, lambda, gl);
        DMatrixRMaj glgt = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransB(gl, g, glgt);
        DMatrixRMaj s = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(squaredCovariance(), glgt, s);
        return traceLambda() - 2 * CommonOps_DDRM.elementSum(CommonOps_DDRM.elementMult(g, l2, null))
                + CommonOps_DDRM.trace(s);
    }

    /** Residual {@code Gamma = Lambda^2 - E[Lambda_hat^2] G Lambda}; {@code dL/dG = -2 Gamma}. */
    public DMatrixRMaj residual(DMatrixRMaj g) {
        int d = dimension();
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(lambda, lambda, out);
        DMatrixRMaj eg = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(squaredCovariance(), g, eg);
        DMatrixRMaj egl = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(eg, lambda, egl);
        CommonOps_DDRM.subtractEquals(out, egl);
        return out;
    }

    /** Eq. (11): the global minimiser {@code G_* = (Lambda + (Lambda + tr(Lambda) I)/N)^{-1}}. */
    public DMatrixRMaj globalMinimiser() {
        int d = dimension();
        DMatrixRMaj a = lambda.copy();
        CommonOps_DDRM.scale(1 + 1.0 / contextLength, a);
        for (int i = 0; i < d; i++) {
            a.add(i, i, traceLambda() / contextLength);
        }
        return Matrices.solveSpd(a, CommonOps_DDRM.identity(d));
    }

    /**
     * The population loss in the official code's units on the cubic feature
     * {@code z[j D + i] = (N beta)_j x_{q,i}} ({@link FeatureSpace#cubic}): {@code M = N^2 E[Lambda_hat^2] (x) Lambda},
     * {@code b[j D + i] = N (Lambda^2)[j][i]}, {@code c = tr Lambda}. Gradient descent on it with
     * {@link org.neurotheory.attention.model.CubicFeatureMlp} or
     * {@link org.neurotheory.attention.model.ReducedSeparateAttention} is the population engine
     * (paper Eqs. 8 and 14 with {@code t / tau = 2 eta k} and the missing 1/N absorbed).
     */
    public EndToEndLoss cubicLoss() {
        int d = dimension();
        double n = contextLength;
        DMatrixRMaj e = squaredCovariance();
        DMatrixRMaj l2 = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(lambda, lambda, l2);
        double[] m = new double[d * d * d * d];
        double[] b = new double[d * d];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < d; i++) {
                int r = j * d + i;
                b[r] = n * l2.get(j, i);
                for (int j2 = 0; j2 < d; j2++) {
                    for (int i2 = 0; i2 < d; i2++) {
                        m[r * d * d + j2 * d + i2] = n * n * e.get(j, j2) * lambda.get(i, i2);
                    }
                }
            }
        }
        return new EndToEndLoss(FeatureSpace.cubic(d), m, b, traceLambda());
    }

    /**
     * The paper-units matrix G of a cubic-space end-to-end vector in code units:
     * {@code yhat = sum g[j D + i] (N beta)_j x_{q,i} = beta^T G x_q} with {@code G[j][i] = N g[j D + i]}.
     */
    public DMatrixRMaj paperMatrix(double[] g) {
        int d = dimension();
        Require.length("g", g, d * d);
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int r = 0; r < d * d; r++) {
            out.data[r] = contextLength * g[r];
        }
        return out;
    }
}

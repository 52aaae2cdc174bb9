package org.neurotheory.multimodal.data;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.core.random.Seeds;

/**
 * Inverse-Wishart draws {@code Sigma = W^-1}, {@code W ~ Wishart(df, Psi^-1)} by the Bartlett
 * decomposition: {@code Psi^-1 = L L^T}, {@code W = L A A^T L^T} with A lower triangular,
 * {@code A_ii = sqrt(chi^2_{df - i})}, {@code A_ij ~ N(0, 1)} below the diagonal. The mean is
 * {@code Psi / (df - p - 1)} (scipy's {@code invwishart} convention).
 */
public final class InverseWishart {
    private InverseWishart() {
    }

    /**
     * @param df   degrees of freedom, > p - 1
     * @param psi  scale matrix, p x p, symmetric positive definite
     * @param seed seed of the draw
     */
    public static DMatrixRMaj sample(int df, DMatrixRMaj psi, long seed) {
        Require.nonNull("psi", psi);
        int p = psi.numRows;
        Require.that(psi.numCols == p, "psi shape", psi.numRows + "x" + psi.numCols, "must be square");
        Require.that(df > p - 1, "df", df, "must be > p - 1 = " + (p - 1));
        DMatrixRMaj psiInv = Matrices.solveSpd(psi, CommonOps_DDRM.identity(p));
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(p, true);
        Require.that(chol.decompose(psiInv.copy()), "psi", "matrix", "must be positive definite");
        DMatrixRMaj l = chol.getT(null);
        // mixed through derive: Seeds.commons of small raw seeds gives biased first draws (Well19937c
        // seeded with mostly-zero state; the first chi-square draw averaged 42.8 instead of 36)
        RandomGenerator rng = Seeds.commons(Seeds.derive(seed, 0));
        DMatrixRMaj a = new DMatrixRMaj(p, p);
        for (int i = 0; i < p; i++) {
            a.set(i, i, Math.sqrt(new ChiSquaredDistribution(rng, df - i).sample()));
            for (int j = 0; j < i; j++) {
                a.set(i, j, rng.nextGaussian());
            }
        }
        DMatrixRMaj la = new DMatrixRMaj(p, p);
        CommonOps_DDRM.mult(l, a, la);
        DMatrixRMaj w = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransB(la, la, w);
        DMatrixRMaj sigma = Matrices.solveSpd(w, CommonOps_DDRM.identity(p));
        // symmetrise against round-off
        DMatrixRMaj t = CommonOps_DDRM.transpose(sigma, null);
        CommonOps_DDRM.add(0.5, sigma, 0.5, t, sigma);
        return sigma;
    }
}

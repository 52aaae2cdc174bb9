package org.neurotheory.core.data;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.dln.LinearRegressionMoments;

/**
 * Two correlated input modalities {@code x = [x_A; x_B] ~ N(0, Sigma)} with a linear target
 * {@code y = w* x + noise} (Zhang, Saxe and Latham 2024, arXiv 2312.00935, Sec. 2).
 *
 * @param dimA     d_A, size of modality A (the first block)
 * @param sigma    joint covariance, (d_A + d_B) square
 * @param target   w*, a row of length d_A + d_B
 * @param noiseStd label noise, >= 0
 */
public record TwoModalityData(int dimA, DMatrixRMaj sigma, double[] target, double noiseStd) {
    public TwoModalityData {
        Require.positive("dimA", dimA);
        Require.nonNull("sigma", sigma);
        Require.allFinite("target", target);
        Require.that(sigma.numRows == target.length && sigma.numCols == target.length, "sigma shape",
                sigma.numRows + "x" + sigma.numCols, "must be " + target.length + " square");
        Require.that(dimA < target.length, "dimA", dimA, "must be < total dimension " + target.length);
        Require.nonNegative("noiseStd", noiseStd);
        sigma = sigma.copy();
        target = target.clone();
    }

    /**
     * The scalar toy of the paper: {@code sigma_A = ratio}, {@code sigma_B = 1}, correlation
     * {@code rho}, target {@code y = x_A + x_B}. Modality A is index 0.
     */
    public static TwoModalityData toy(double ratio, double rho) {
        Require.positive("ratio", ratio);
        Require.openRange("rho", rho, -1, 1);
        DMatrixRMaj s = new DMatrixRMaj(new double[][] {{ratio * ratio, rho * ratio}, {rho * ratio, 1}});
        return new TwoModalityData(1, s, new double[] {1, 1}, 0);
    }

    /** Size of modality B. */
    public int dimB() {
        return target.length - dimA;
    }

    /** Population moments: Sigma, {@code Sigma_yx = w* Sigma}, {@code E[y^2] = w* Sigma w*^T + noise^2}. */
    public LinearRegressionMoments populationMoments() {
        int d = target.length;
        DMatrixRMaj w = new DMatrixRMaj(1, d, true, target);
        DMatrixRMaj syx = new DMatrixRMaj(1, d);
        CommonOps_DDRM.mult(w, sigma, syx);
        double eyy = noiseStd * noiseStd;
        for (int i = 0; i < d; i++) {
            eyy += syx.get(0, i) * target[i];
        }
        return new LinearRegressionMoments(sigma, syx, eyy);
    }

    /** P samples: {inputs (P x d), targets (P x 1)}. */
    public DMatrixRMaj[] sample(int p, SplittableRandom rng) {
        DMatrixRMaj x = GaussianSampler.centred(sigma).sample(p, rng);
        DMatrixRMaj y = new LinearTeacher(new DMatrixRMaj(1, target.length, true, target), noiseStd).label(x, rng);
        return new DMatrixRMaj[] {x, y};
    }
}

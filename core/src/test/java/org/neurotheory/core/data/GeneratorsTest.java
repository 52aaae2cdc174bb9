package org.neurotheory.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.core.random.Seeds;

class GeneratorsTest {
    @Test
    void gaussianSampleCovarianceWithinStandardErrors() {
        DMatrixRMaj sigma = new DMatrixRMaj(new double[][] {{4, 1.2}, {1.2, 1}});
        int n = 20000;
        DMatrixRMaj x = new GaussianSampler(new double[] {1, -2}, sigma).sample(n, Seeds.stream(1));
        double[] mean = new double[2];
        for (int i = 0; i < n; i++) {
            mean[0] += x.get(i, 0) / n;
            mean[1] += x.get(i, 1) / n;
        }
        // standard error of the mean: sqrt(var / n); allow 4 standard errors
        assertEquals(1, mean[0], 4 * Math.sqrt(4.0 / n));
        assertEquals(-2, mean[1], 4 * Math.sqrt(1.0 / n));
        double c01 = 0;
        double c00 = 0;
        for (int i = 0; i < n; i++) {
            c01 += (x.get(i, 0) - mean[0]) * (x.get(i, 1) - mean[1]) / n;
            c00 += (x.get(i, 0) - mean[0]) * (x.get(i, 0) - mean[0]) / n;
        }
        // var of a sample covariance s_ij is (s_ii s_jj + s_ij^2) / n
        assertEquals(1.2, c01, 4 * Math.sqrt((4 * 1 + 1.44) / n));
        assertEquals(4, c00, 4 * Math.sqrt(2 * 16.0 / n));
    }

    @Test
    void sameSeedSameSamples() {
        DMatrixRMaj sigma = Matrices.diag(1, 2, 3);
        var g = GaussianSampler.centred(sigma);
        assertTrue(MatrixFeatures_DDRM.isIdentical(g.sample(10, Seeds.stream(4)), g.sample(10, Seeds.stream(4)), 0));
    }

    @Test
    void symmetrisedDataHasOddOrEvenLabels() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 2}, {3, -1}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{5}, {7}});
        DMatrixRMaj xs = SymmetricDataset.mirrorInputs(x);
        assertEquals(-3, xs.get(3, 0), 0);
        assertEquals(-7, SymmetricDataset.mirrorLabels(y, SymmetricDataset.Parity.ODD).get(3, 0), 0);
        assertEquals(7, SymmetricDataset.mirrorLabels(y, SymmetricDataset.Parity.EVEN).get(3, 0), 0);
        // odd-symmetric data have zero mean input
        assertEquals(0, xs.get(0, 1) + xs.get(1, 1) + xs.get(2, 1) + xs.get(3, 1), 0);
    }

    @Test
    void inContextPromptsAreCentredWhitenedAndLabelled() {
        var icl = InContextRegression.white(3, 5);
        var prompts = icl.sample(200, true, true, Seeds.stream(2));
        assertEquals(200, prompts.size());
        double[][] cov = new double[3][3];
        double[] mean = new double[3];
        for (int mu = 0; mu < 200; mu++) {
            double[] w = prompts.task(mu);
            for (int i = 0; i < 3; i++) {
                mean[i] += w[i] / 200;
                for (int j = 0; j < 3; j++) {
                    cov[i][j] += w[i] * w[j] / 200;
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(0, mean[i], 1e-12);
            for (int j = 0; j < 3; j++) {
                assertEquals(i == j ? 1 : 0, cov[i][j], 1e-10);
            }
        }
        double tokenMean = 0;
        for (int mu = 0; mu < 200; mu++) {
            tokenMean += prompts.token(mu, 2, 1) / 200;
        }
        assertEquals(0, tokenMean, 1e-12);
        double[] w = prompts.task(7);
        double[] x = prompts.token(7, 5);
        assertEquals(w[0] * x[0] + w[1] * x[1] + w[2] * x[2], prompts.label(7, 5), 1e-12);
        // the flat layout: token n of sequence mu starts at (mu T + n) D, T = 6 positions, D = 3
        assertEquals(prompts.tokens()[(7 * 6 + 5) * 3 + 2], x[2], 0.0);
        assertEquals(prompts.labels()[7 * 6 + 5], prompts.label(7, 5), 0.0);
    }

    @Test
    void toyModalitiesHaveThePapersMoments() {
        TwoModalityData toy = TwoModalityData.toy(2, 0.5);
        LinearRegressionMoments m = toy.populationMoments();
        // Sigma = [[r^2, rho r], [rho r, 1]], y = xA + xB: Sigma_yx = (r^2 + rho r, rho r + 1)
        assertEquals(4 + 1, m.sigmaYX().get(0, 0), 1e-12);
        assertEquals(1 + 1, m.sigmaYX().get(0, 1), 1e-12);
        assertEquals(4 + 1 + 2 * 1, m.traceYY(), 1e-12);
        DMatrixRMaj[] xy = toy.sample(50000, Seeds.stream(8));
        LinearRegressionMoments e = LinearRegressionMoments.empirical(xy[0], xy[1]);
        // E[y x_B] has variance ~ (E[y^2] E[x_B^2] + E[y x_B]^2)/n = (7 + 4)/n; 4 standard errors
        assertEquals(2, e.sigmaYX().get(0, 1), 4 * Math.sqrt(11.0 / 50000));
    }

    @Test
    void linearTeacherLabelsWithNoise() {
        var teacher = new LinearTeacher(new DMatrixRMaj(new double[][] {{2, -1}}), 0);
        DMatrixRMaj y = teacher.label(new DMatrixRMaj(new double[][] {{1, 1}, {0, 3}}), Seeds.stream(1));
        assertEquals(1, y.get(0, 0), 0);
        assertEquals(-3, y.get(1, 0), 0);
    }
}

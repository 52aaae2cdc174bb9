package org.neurotheory.multimodal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.dln.LinearRegressionMoments;

/** The generators produce the stated statistics (within k standard errors at fixed seeds). */
class DataTest {
    @Test
    void xorModalityIsInvisibleToLinearModels() {
        int p = 40_000;
        DMatrixRMaj[] xy = new XorGaussianData(2).sample(p, 3);
        LinearRegressionMoments m = LinearRegressionMoments.empirical(xy[0], xy[1]);
        // patterns are balanced exactly: E[y x_A] = E[x_B x_A] only, standard error sqrt(2/P) = 0.007; 5 SE
        assertEquals(0, m.sigmaYX().get(0, 0), 0.035);
        assertEquals(0, m.sigmaYX().get(0, 1), 0.035);
        // E[y x_B] = varLin = 2, SE = sqrt(Var(x_B^2 + xor x_B)/P) = sqrt((8 + 2)/P) = 0.016; 5 SE
        assertEquals(2, m.sigmaYX().get(0, 2), 0.08);
        assertEquals(1, xy[1].get(p / 4, 0) - xy[0].get(p / 4, 2), 1e-15, "pattern (1,-1): XOR label -x1 x2 = 1");
    }

    @Test
    void inverseWishartMeanIsTheScale() {
        DMatrixRMaj psi = new DMatrixRMaj(new double[][] {{2, 0, 0, 0}, {0, 2, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}});
        int n = 4000;
        double[] mean = new double[16];
        for (int i = 0; i < n; i++) {
            DMatrixRMaj s = InverseWishart.sample(4 + 2 + 30, psi, i);
            for (int k = 0; k < 16; k++) {
                mean[k] += s.data[k] * (4 + 2 + 30 - 4 - 1) / n;
            }
        }
        // E[Sigma] = Psi / (df - p - 1); with df = 36 the entries fluctuate by ~25% per draw: 5 SE ~ 0.04
        for (int k = 0; k < 16; k++) {
            assertEquals(psi.data[k], mean[k], 0.05 * Math.max(1, psi.data[k]), "entry " + k);
        }
    }

    @Test
    void badInputs() {
        assertThrows(IllegalArgumentException.class, () -> new XorGaussianData(0));
        assertThrows(IllegalArgumentException.class, () -> new XorGaussianData(1).sample(6, 1));
    }
}

package org.neurotheory.gridcells.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The finite-space objective: gradients against central differences (check 11 with B), exact equivariance, candidates (check 16). */
class FiniteSpaceObjectiveTest {

    @ParameterizedTest
    @CsvSource({"EUCLIDEAN,1,0", "EUCLIDEAN,2,1", "KERNEL,1,1", "KERNEL,2,1", "KERNEL,3,1"})
    void gradientMatchesCentralDifferences(SeparationLoss loss, int dim, double chi) {
        int n = 7;
        int d = 6;
        FiniteObjectiveParams p = new FiniteObjectiveParams(loss, 0.3, 0.8, chi, 12, 15, 3);
        FiniteSpaceObjective obj = new FiniteSpaceObjective(n, new PeriodicSpace(dim, d), p);
        FiniteSampleSet s = new FiniteSampleSet(new PeriodicSpace(dim, d), p);
        s.draw(new SplittableRandom(3));
        SplittableRandom rng = new SplittableRandom(11);
        int b = 2 * d + 1;
        double[] w = new double[n * b];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian() + (i % b == 0 ? 0.5 : 0);
        }
        double[] bInv = new double[b * n];
        for (int i = 0; i < bInv.length; i++) {
            bInv[i] = rng.nextGaussian();
        }
        double lp = 0.7;
        double leq = 0.4;
        double[] gw = new double[w.length];
        double[] gb = new double[bInv.length];
        obj.evaluate(w, bInv, s, lp, leq, gw, gb);
        assertTrue(obj.positivity() > 0, "some negative rates, so the positivity gradient is exercised");
        double h = 1e-6;
        double worstW = 0;
        double scaleW = 0;
        for (int i = 0; i < w.length; i++) {
            double v = w[i];
            w[i] = v + h;
            double up = obj.evaluate(w, bInv, s, lp, leq, null, null);
            w[i] = v - h;
            double down = obj.evaluate(w, bInv, s, lp, leq, null, null);
            w[i] = v;
            worstW = Math.max(worstW, Math.abs((up - down) / (2 * h) - gw[i]));
            scaleW = Math.max(scaleW, Math.abs(gw[i]));
        }
        double worstB = 0;
        double scaleB = 0;
        for (int i = 0; i < bInv.length; i++) {
            double v = bInv[i];
            bInv[i] = v + h;
            obj.evaluate(w, bInv, s, lp, leq, null, null);
            double up = obj.equivariance();
            bInv[i] = v - h;
            obj.evaluate(w, bInv, s, lp, leq, null, null);
            double down = obj.equivariance();
            bInv[i] = v;
            worstB = Math.max(worstB, Math.abs((up - down) / (2 * h) - gb[i]));
            scaleB = Math.max(scaleB, Math.abs(gb[i]));
        }
        // h = 1e-6 leaves ~1e-10 relative error; a sign error or a missing path is O(1)
        assertTrue(worstW / scaleW < 1e-6, "relative max error of dL/dW " + worstW / scaleW);
        assertTrue(worstB / scaleB < 1e-6, "relative max error of dL_eq/dB " + worstB / scaleB);
    }

    /** A code within the budget with B its exact pseudo-inverse moves exactly: L_eq = 0. */
    @Test
    void equivariantCodeHasZeroEquivarianceLoss() {
        int n = 7;
        int d = 10;
        int b = 2 * d + 1;
        FiniteObjectiveParams p = new FiniteObjectiveParams(SeparationLoss.EUCLIDEAN, 1, 1, 0, 10, 20, 3);
        FiniteSampleSet s = new FiniteSampleSet(new PeriodicSpace(1, d), p);
        s.draw(new SplittableRandom(1));
        // W uses only the constant and frequencies 2 and 4 (basis columns 0, 3, 4, 7, 8): 5 columns, N = 7
        int[] used = {0, 3, 4, 7, 8};
        SplittableRandom rng = new SplittableRandom(2);
        double[] w = new double[n * b];
        for (int i = 0; i < n; i++) {
            for (int c : used) {
                w[i * b + c] = rng.nextGaussian();
            }
        }
        // B = pseudo-inverse of the row-normalised W, restricted to the used columns
        DMatrixRMaj wh = new DMatrixRMaj(n, used.length);
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int c : used) {
                norm += w[i * b + c] * w[i * b + c];
            }
            for (int j = 0; j < used.length; j++) {
                wh.set(i, j, w[i * b + used[j]] / Math.sqrt(norm));
            }
        }
        DMatrixRMaj pinv = new DMatrixRMaj(used.length, n);
        CommonOps_DDRM.pinv(wh, pinv);
        double[] bInv = new double[b * n];
        for (int j = 0; j < used.length; j++) {
            for (int q = 0; q < n; q++) {
                bInv[used[j] * n + q] = pinv.get(j, q);
            }
        }
        FiniteSpaceObjective obj = new FiniteSpaceObjective(n, new PeriodicSpace(1, d), p);
        obj.evaluate(w, bInv, s, 1, 1, null, null);
        assertEquals(0, obj.equivariance(), 1e-20);
    }

    /** Check 16: the first torus candidates by |k|^2, ties by k_y then k_x, origin dropped. */
    @Test
    void torusCandidatesInOrder() {
        double[] k = IntegerFrequencies.torus(10);
        assertArrayEquals(new double[] {1, 0, 0, 1, -1, 1, 1, 1, 2, 0, 0, 2, -2, 1, 2, 1, -1, 2, 1, 2}, k);
    }

    /** The 3-torus candidates: the half-space vectors by |k|^2, ties by k_z, k_y, then k_x. */
    @Test
    void volumeCandidatesInOrder() {
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1, -1, 1, 0, 1, 1, 0, 0, -1, 1, -1, 0, 1, 1, 0, 1, 0, 1, 1},
                IntegerFrequencies.volume(9));
    }
}

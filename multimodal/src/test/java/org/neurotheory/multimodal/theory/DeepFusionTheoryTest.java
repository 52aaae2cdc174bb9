package org.neurotheory.multimodal.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Check 1 and the reference table of §3.5 (model reference, docs/papers/multimodal.md): the deep time ratio E6
 * and its t_A integral E5, against reference values computed from E5-E6 (the formulas of the official
 * code's {@code lag_depth}), not numbers printed in the paper.
 */
class DeepFusionTheoryTest {
    /** The reference values are printed to 5-6 digits; 1e-4 is their rounding. */
    private static final double TOL = 1e-4;

    @Test
    void referenceRatiosAtDepthFour() {
        double[] expected = {1, 1.21334, 1.74808, 4};
        for (int lf = 1; lf <= 4; lf++) {
            assertEquals(expected[lf - 1], new DeepFusionTheory(4, lf, 2, 0, 0.1).timeRatio(), TOL, "L_f = " + lf);
        }
    }

    @Test
    void learningTimeIntegral() {
        assertEquals(8.09477, new DeepFusionTheory(4, 2, 2, 0, 0.1).learningTimeA(), TOL);
        assertEquals(10.0257, new DeepFusionTheory(4, 3, 2, 0, 0.1).learningTimeA(), TOL);
    }

    @Test
    void lateFusionFormula() {
        assertEquals(11.6667, new DeepFusionTheory(4, 4, 3, 0.5, 0.1).timeRatio(), TOL);
    }

    @Test
    void referenceTableOfSection35() {
        // rows: rho, r, u0, ratios for L_f = 2, 3 (printed to 3-4 digits, hence 2e-3)
        double[][] rows = {
            {-0.9, 2, 0.1, 2.354, 5.382}, {-0.45, 2, 0.1, 1.290, 1.982}, {0.45, 2, 0.1, 1.251, 1.904},
            {0.9, 2, 0.1, 1.994, 4.678}, {0, 1.2, 0.1, 1.036, 1.116}, {0, 2.8, 0.1, 1.473, 2.688},
            {0, 2, 0.03, 1.029, 1.222}, {0, 2, 0.18, 1.532, 2.385}};
        for (double[] r : rows) {
            for (int lf = 2; lf <= 3; lf++) {
                double got = new DeepFusionTheory(4, lf, r[1], r[0], r[2]).timeRatio();
                assertEquals(r[1 + lf], got, 2e-3, "rho=" + r[0] + " r=" + r[1] + " u0=" + r[2] + " L_f=" + lf);
            }
        }
    }

    @Test
    void ratioGrowsWithFusionDepthAndInit() {
        for (double rho : new double[] {-0.6, 0, 0.6}) {
            double prev = 0;
            for (int lf = 1; lf <= 4; lf++) {
                double r = new DeepFusionTheory(4, lf, 2, rho, 0.1).timeRatio();
                assertTrue(r > prev, "monotone in L_f at rho " + rho);
                prev = r;
            }
        }
        assertTrue(new DeepFusionTheory(4, 3, 2, 0, 0.05).timeRatio() < new DeepFusionTheory(4, 3, 2, 0, 0.15).timeRatio());
    }

    @Test
    void badInputsNameTheParameter() {
        Object[][] table = {{1, 1, 2.0, 0.0, 0.1, "depth"}, {4, 5, 2.0, 0.0, 0.1, "fusion"}, {4, 2, 0.5, 0.0, 0.1, "ratio"},
            {4, 2, 2.0, 1.0, 0.1, "rho"}, {4, 2, 2.0, 0.0, 1.5, "u0"}, {4, 2, 2.0, 0.0, 0.0, "u0"}};
        for (Object[] row : table) {
            IllegalArgumentException ex = Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new DeepFusionTheory((int) row[0], (int) row[1], (double) row[2], (double) row[3], (double) row[4]));
            assertTrue(ex.getMessage().contains((String) row[5]), ex.getMessage());
        }
    }
}

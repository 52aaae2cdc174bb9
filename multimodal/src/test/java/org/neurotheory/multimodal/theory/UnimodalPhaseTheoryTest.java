package org.neurotheory.multimodal.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.data.TwoModalityData;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.multimodal.data.FusionDatasets;

/**
 * Check 2 (E2 reduces to the toy formula 1 + (r^2 - 1)/(1 - rho^2)), the fixed-point losses of §3.2 and
 * superficial modality preference (§3.3.7); sections and checks of the model reference in docs/papers/multimodal.md.
 */
class UnimodalPhaseTheoryTest {
    private static UnimodalPhaseTheory toy(double r, double rho) {
        return new UnimodalPhaseTheory(FusionDatasets.toy(r, rho).populationMoments(), 1);
    }

    @Test
    void vectorFormulaReducesToToy() {
        for (double r : new double[] {1.2, 2, 3}) {
            for (double rho : new double[] {-0.9, -0.3, 0, 0.5, 0.9}) {
                if (1 + rho * r < 0) {
                    // Sigma_yxB = 1 + rho r < 0: the norms in E2 no longer reduce to the toy formula
                    assertTrue(toy(r, rho).timeRatio() < UnimodalPhaseTheory.toyTimeRatio(r, rho));
                    continue;
                }
                // pure algebra on exact moments: agreement to round-off (check 2 asks 1e-12)
                assertEquals(UnimodalPhaseTheory.toyTimeRatio(r, rho), toy(r, rho).timeRatio(), 1e-12);
                assertEquals(UnimodalPhaseTheory.toyMisattribution(r, rho), toy(r, rho).misattribution().get(0), 1e-12);
                assertEquals(1 + rho / r, toy(r, rho).unimodalWeights(0).get(0), 1e-12);
            }
        }
    }

    @Test
    void stepCorrectedToyRatio() {
        // gradient descent with a vanishing step is gradient flow
        for (double rho : new double[] {-0.9, 0, 0.5, 0.9}) {
            assertEquals(UnimodalPhaseTheory.toyTimeRatio(3, rho), UnimodalPhaseTheory.toyTimeRatio(3, rho, 1e-9), 1e-5 * 43);
        }
        // r = 3, rho = 0.9, eta = 0.04: a = 11.7, b = 3.7, residual 0.19 -> 1 + ln(1.468/1.148)/ln(1.0076)
        assertEquals(1 + Math.log(1.468 / 1.148) / Math.log(1.0076), UnimodalPhaseTheory.toyTimeRatio(3, 0.9, 0.04), 1e-9);
        assertEquals(1, UnimodalPhaseTheory.toyTimeRatio(1, 0.7, 0.04), 1e-12);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UnimodalPhaseTheory.toyTimeRatio(3, 0.9, 0.1))
                .getMessage().contains("eta"));
    }

    @Test
    void fixedPointLosses() {
        UnimodalPhaseTheory t = toy(2, 0);
        assertEquals(2.5, t.lossAtOrigin(), 1e-12);          // E[y^2] = r^2 + 1
        assertEquals(0.2, t.lossAtUnimodal(0) / t.lossAtOrigin(), 1e-12); // (1 - rho^2)/(r^2 + 1)
        assertEquals(0.8, t.lossAtUnimodal(1) / t.lossAtOrigin(), 1e-12);
        assertEquals(0, t.lossAtMinimum(), 1e-12);
        assertEquals(0, t.firstLearned());
    }

    @Test
    void superficialExample() {
        TwoModalityData d = FusionDatasets.toyWithTarget(2, 0.6, 1.6);
        UnimodalPhaseTheory t = new UnimodalPhaseTheory(d.populationMoments(), 1);
        assertEquals(0, t.firstLearned(), "A (|Sigma_yxA| = 1.2c > 0.8c) is learned first");
        assertEquals(0.64, t.lossAtUnimodal(0) / t.lossAtOrigin(), 1e-12);
        assertEquals(0.36, t.lossAtUnimodal(1) / t.lossAtOrigin(), 1e-12);
        assertTrue(SuperficialPreference.isSuperficial(2, 0.375));
        assertFalse(SuperficialPreference.isSuperficial(2, 1));
        assertFalse(SuperficialPreference.isSuperficial(2, 0.2));
    }

    @Test
    void badInputs() {
        LinearRegressionMoments m = FusionDatasets.toy(2, 0).populationMoments();
        assertThrows(IllegalArgumentException.class, () -> new UnimodalPhaseTheory(m, 0), "dimA");
        assertThrows(IllegalArgumentException.class, () -> new UnimodalPhaseTheory(m, 2), "dimA");
        assertThrows(IllegalArgumentException.class, () -> new UnimodalPhaseTheory(null, 1));
        assertThrows(IllegalArgumentException.class, () -> UnimodalPhaseTheory.toyTimeRatio(2, 1));
        assertThrows(IllegalArgumentException.class, () -> UnimodalPhaseTheory.toyTimeRatio(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BalancedTwoLayerFlow(m, 3, true));
    }
}

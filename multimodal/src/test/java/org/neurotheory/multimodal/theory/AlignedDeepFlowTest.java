package org.neurotheory.multimodal.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The exact gradient flow of the aligned deep network against the closed forms it reduces to: the
 * late-fusion ratio for any u0, E5/E6 as u0 -> 0, and the early-fusion wrong-sign excursion of W_B
 * where Sigma_yxB = 1 + rho r < 0.
 */
class AlignedDeepFlowTest {
    private static AlignedDeepFlow flow(int lf, double rho, double r, double u0) {
        return new AlignedDeepFlow(4, lf, r, rho, u0, 0.01, 1e-4);
    }

    @Test
    void lateFusionFollowsTheClosedFormAtAnyInit() {
        // late fusion has no leading-order approximation in u0 (E6 = 1 + (k-1)/(1-rho^2) exactly); what is
        // left is the half-height times' O(1) offsets against t ~ 1/u0^2: below 0.5%
        for (double rho : new double[] {-0.9, 0, 0.9}) {
            double e6 = new DeepFusionTheory(4, 4, 2, rho, 0.1).timeRatio();
            assertEquals(e6, flow(4, rho, 2, 0.1).timeRatio(), 0.005 * e6, "rho = " + rho);
        }
    }

    @Test
    void learningTimeApproachesTheIntegralE5() {
        // E5 integrates to u_A = 1 with e_A = a; the flow's half-height time differs by O(1/a) against t_A ~ 10
        assertEquals(new DeepFusionTheory(4, 2, 2, 0, 0.1).learningTimeA(), flow(2, 0, 2, 0.1).times().timeA(), 0.02 * 8.09);
        assertEquals(new DeepFusionTheory(4, 3, 2, 0, 0.1).learningTimeA(), flow(3, 0, 2, 0.1).times().timeA(), 0.02 * 10.03);
    }

    @Test
    void intermediateFusionDepartsFromE6AtFiniteInitAndApproachesItAsInitShrinks() {
        // E6 is leading order in u0: at u0 = 0.1, rho = 0.9 the flow is 10% (L_f = 3) below; at u0 = 0.02
        // the gap is a few %
        double e6 = new DeepFusionTheory(4, 3, 2, 0.9, 0.1).timeRatio();
        double exact = flow(3, 0.9, 2, 0.1).timeRatio();
        assertTrue(exact < 0.92 * e6 && exact > 0.85 * e6, "flow " + exact + " vs E6 " + e6);
        double gapLarge = Math.abs(flow(3, 0, 2, 0.1).timeRatio() / new DeepFusionTheory(4, 3, 2, 0, 0.1).timeRatio() - 1);
        double gapSmall = Math.abs(flow(3, 0, 2, 0.02).timeRatio() / new DeepFusionTheory(4, 3, 2, 0, 0.02).timeRatio() - 1);
        assertTrue(gapSmall < gapLarge / 2 && gapSmall < 0.02, "gaps " + gapSmall + " (u0 = 0.02), " + gapLarge + " (u0 = 0.1)");
    }

    @Test
    void earlyFusionLagsOnlyWhereSigmaYxBIsNegative() {
        assertEquals(1, flow(1, 0.9, 2, 0.1).timeRatio(), 0.02);
        assertEquals(1, flow(1, 0, 2, 0.1).timeRatio(), 0.05);
        // 1 + rho r = -0.8: W_B first follows Sigma_yx to negative values, then turns to +1; it crosses half
        // its final value well after A (1.41 in the aligned network simulation)
        double lag = flow(1, -0.9, 2, 0.1).timeRatio();
        assertTrue(lag > 1.3 && lag < 1.5, "early fusion, rho = -0.9: " + lag);
    }

    @Test
    void badInputsNameTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AlignedDeepFlow(4, 2, 2, 0, 0.1, 0, 1e-4))
                .getMessage().contains("sample"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AlignedDeepFlow(4, 2, 2, 0, 0.1, 0.01, 0))
                .getMessage().contains("stopLoss"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AlignedDeepFlow(4, 5, 2, 0, 0.1, 0.01, 1e-4))
                .getMessage().contains("fusion"));
    }
}

package org.neurotheory.bioplausible.conv.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.bioplausible.conv.model.LateralInhibition;
import org.neurotheory.bioplausible.conv.model.LateralInhibitionRates;
import org.neurotheory.core.random.Seeds;

/** Steady state, time scales and per-hold gains of the lateral-inhibition circuit (paper Sec. 4.2). */
class CircuitTheoryTest {
    private static final LateralInhibition C = LateralInhibition.paper();

    @Test
    void ratesSettleOnTheSteadyStateAfterTenTimeConstants() {
        // Frozen weights, fixed input: after 10 tau steps the rates agree with the steady state to 1e-3.
        SplittableRandom rng = Seeds.stream(8);
        double[] z = Seeds.gaussian(rng, new double[50]);
        for (int i = 0; i < z.length; i++) {
            z[i] = 2 + 3 * z[i];
        }
        LateralInhibitionRates rates = new LateralInhibitionRates(z.length, C);
        for (int t = 0; t < 10 * C.tau(); t++) {
            rates.step(z);
        }
        double[] r = rates.rates();
        double[] expected = CircuitSteadyState.rates(z, C);
        for (int i = 0; i < z.length; i++) {
            assertEquals(expected[i], r[i], 1e-3, "r_" + i);
        }
        assertEquals(CircuitSteadyState.inhibitoryRate(z, C), rates.inhibitoryRate(), 1e-3);
    }

    @Test
    void inverseSnrFactorFallsToTheFloorOneOverOnePlusAlphaSquared() {
        assertEquals(1.0 / 121, CircuitSteadyState.inverseSnrFloor(C), 1e-15);
        assertEquals(CircuitSteadyState.inverseSnrFloor(C), CircuitSteadyState.inverseSnrFactor(0, C), 1e-15);
        assertTrue(CircuitSteadyState.inverseSnrFactor(1e-3, C) > CircuitSteadyState.inverseSnrFloor(C));
        // always above the exact objective's plateau (gamma/(1+gamma))^2
        for (double g : new double[] {1e-3, 1e-2, 0.1, 1}) {
            assertTrue(CircuitSteadyState.inverseSnrFactor(g, C) > SharingFixedPoint.inverseSnrFactor(g, 1));
            // ratio of deviation factor to mean factor
            double ratio = (g / (1 + g)) / CircuitSteadyState.meanShrinkFactor(g, C);
            assertEquals(ratio * ratio, CircuitSteadyState.inverseSnrFactor(g, C), 1e-14);
        }
    }

    @Test
    void meanModeOscillatesWithTheClosedFormPeriod() {
        // tau = 300 so that Euler's dt = 1 is close to the continuous dynamics (period error ~ 1/tau).
        LateralInhibition slow = new LateralInhibition(10, 300, 1);
        double expected = CircuitTimeScales.oscillationPeriod(slow);
        assertEquals(2 * Math.PI * 300 / Math.sqrt(10), expected, 1e-9);
        LateralInhibitionRates rates = new LateralInhibitionRates(4, slow);
        double[] z = {1, 1, 1, 1};
        double uStar = 1.0 / 11;
        double prev = Double.NaN;
        double firstUp = -1;
        double secondUp = -1;
        for (int t = 0; t < 3000 && secondUp < 0; t++) {
            rates.step(z);
            double u = rates.rates()[0] - 1 - uStar;
            if (t > 0 && prev < 0 && u >= 0) {
                double cross = t - u / (u - prev);
                if (firstUp < 0) {
                    firstUp = cross;
                } else {
                    secondUp = cross;
                }
            }
            prev = u;
        }
        // Euler's rotation angle atan(sqrt(alpha)/(tau - 1)) differs from sqrt(alpha)/tau by < 1 %.
        assertEquals(expected, secondUp - firstUp, 0.01 * expected);
        assertTrue(CircuitTimeScales.eulerStable(C, 1));
        assertFalse(CircuitTimeScales.eulerStable(new LateralInhibition(10, 1.5, 1), 1));
        assertEquals(1.0 / 30, CircuitTimeScales.deviationRate(C), 1e-15);
        assertEquals(60, CircuitTimeScales.oscillationPeriod(C), 0.5);
    }

    @Test
    void holdGainsEqualTheDrivenSumOfRatesOverOneHold() {
        int hold = 150;
        SplittableRandom rng = Seeds.stream(4);
        double[] z = Seeds.gaussian(rng, new double[10]);
        double zbar = Arrays.stream(z).average().orElseThrow();
        LateralInhibitionRates rates = new LateralInhibitionRates(z.length, C);
        double[] zero = new double[z.length];
        for (int t = 0; t < 5000; t++) {
            rates.step(zero); // settle on the rest state r = b, r_inh = 0
        }
        double[] sum = new double[z.length];
        double[] post = new double[z.length];
        for (int t = 0; t < hold; t++) {
            rates.step(z);
            rates.postSynaptic(post);
            for (int i = 0; i < z.length; i++) {
                sum[i] += post[i];
            }
        }
        double gDev = CircuitTimeScales.deviationHoldGain(C, hold);
        double gMean = CircuitTimeScales.meanHoldGain(C, hold);
        for (int i = 0; i < z.length; i++) {
            assertEquals(gDev * (z[i] - zbar) + gMean * zbar, sum[i], 1e-9, "neuron " + i);
        }
        // long holds approach the steady-state closed form
        assertEquals(CircuitSteadyState.inverseSnrFactor(0.1, C),
                CircuitTimeScales.heldInverseSnrFactor(0.1, C, 1_000_000), 1e-4);
    }
}

package org.neurotheory.sparsity.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurotheory.core.ode.DivergenceException;
import org.neurotheory.core.ode.DormandPrinceIntegrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;

/** Check 8: the closed forms of the gradient flow against numerical integration and against SGD steps. */
class PowerpropFlowTest {

    /** Outward (g w < 0) and inward gradients, several alpha, closed form against Dormand-Prince. */
    @ParameterizedTest
    @CsvSource({"1, -0.5", "1.5, -0.5", "2, -0.5", "3, -0.5", "4, -0.2", "1.5, 0.5", "2, 0.5", "3, 0.5", "5, 0.5"})
    void closedFormMatchesIntegration(double alpha, double g) {
        PowerpropFlow flow = new PowerpropFlow(alpha, g);
        double w0 = 0.6;
        double tEnd = Math.min(1.0, 0.8 * flow.blowUpTime(w0));
        tEnd = Math.min(tEnd, 0.9 * flow.zeroTime(w0));
        Trajectory tr = DormandPrinceIntegrator.precise().integrate(flow.system(),
                new double[] {RichGetRicher.psi(w0, alpha)}, TimeGrid.linear(0, tEnd, 11));
        for (int i = 0; i < tr.size(); i++) {
            double exact = flow.weight(w0, tr.time(i));
            double numeric = RichGetRicher.weight(tr.state(i)[0], alpha);
            // integrator tolerance ~1e-10 relative per unit time; 1e-7 leaves room near blow-up
            assertEquals(exact, numeric, 1e-7 * Math.abs(exact), "alpha " + alpha + " t " + tr.time(i));
        }
    }

    @Test
    void alphaTwoIsExponentialGrowthAtRateFourG() {
        PowerpropFlow flow = new PowerpropFlow(2, -0.3);
        for (double t : new double[] {0, 0.5, 2}) {
            assertEquals(0.2 * Math.exp(4 * 0.3 * t), flow.weight(0.2, t), 1e-14);
            assertEquals(-0.2 * Math.exp(-4 * 0.3 * t), flow.weight(-0.2, t), 1e-14);
        }
        assertEquals(Double.POSITIVE_INFINITY, flow.blowUpTime(0.2));
    }

    /** alpha = 3: t* = |w0|^(-1/3) / ((1/3) 9 |g|); large weights blow up first. */
    @Test
    void alphaThreeBlowsUpAtTheClosedFormTime() {
        double g = -0.5;
        PowerpropFlow flow = new PowerpropFlow(3, g);
        double w0 = 0.4;
        double tStar = Math.pow(w0, -1.0 / 3) / ((1.0 / 3) * 9 * Math.abs(g));
        assertEquals(tStar, flow.blowUpTime(w0), 1e-14 * tStar);
        assertTrue(flow.blowUpTime(0.8) < flow.blowUpTime(0.4), "larger weights blow up first");
        assertEquals(Double.POSITIVE_INFINITY, flow.weight(w0, 1.01 * tStar));
        // the integrator sees the blow-up: finite just before t*, divergence shortly after
        double[] psi0 = {RichGetRicher.psi(w0, 3)};
        double before = DormandPrinceIntegrator.precise().finalState(flow.system(), 0, psi0, 0.99 * tStar)[0];
        assertEquals(flow.weight(w0, 0.99 * tStar), RichGetRicher.weight(before, 3), 1e-6 * flow.weight(w0, 0.99 * tStar));
        assertThrows(DivergenceException.class,
                () -> DormandPrinceIntegrator.precise().finalState(flow.system(), 0, psi0, 1.5 * tStar));
    }

    @ParameterizedTest
    @CsvSource({"1, 3", "1.5, 3", "2, 3", "3, 3", "3, 1e6", "5, 10"})
    void hittingTimeReachesTheTarget(double alpha, double target) {
        PowerpropFlow flow = new PowerpropFlow(alpha, -0.4);
        double t = flow.hittingTime(0.5, target);
        assertEquals(target, flow.weight(0.5, t), 1e-9 * target);
        if (alpha > 2) {
            assertTrue(t < flow.blowUpTime(0.5));
        }
    }

    @Test
    void belowTwoAnInwardWeightCrossesZeroAtTheClosedFormTime() {
        PowerpropFlow flow = new PowerpropFlow(1.5, 0.4);
        double w0 = 0.3;
        double t0 = flow.zeroTime(w0);
        double p = RichGetRicher.exponent(1.5);
        assertEquals(Math.pow(w0, 1 - p) / ((1 - p) * 2.25 * 0.4), t0, 1e-14);
        assertEquals(0, flow.weight(w0, t0), 1e-12);
        assertTrue(flow.weight(w0, 1.2 * t0) < 0, "continues through zero");
        assertEquals(Double.POSITIVE_INFINITY, new PowerpropFlow(2, 0.4).zeroTime(w0));
        assertTrue(new PowerpropFlow(3, 0.4).weight(w0, 100) > 0, "alpha >= 2 never reaches zero");
    }

    /** Iterated exact SGD steps with step eta approach the flow at t = k eta with an O(eta) error. */
    @ParameterizedTest
    @CsvSource({"2, -0.5", "3, -0.5", "1.5, 0.5"})
    void sgdStepsConvergeToTheFlowAtFirstOrder(double alpha, double g) {
        PowerpropFlow flow = new PowerpropFlow(alpha, g);
        double w0 = 0.5;
        double t = 0.3;
        double[] errors = new double[2];
        double[] etas = {1e-3, 5e-4};
        for (int k = 0; k < 2; k++) {
            double psi = RichGetRicher.psi(w0, alpha);
            long steps = Math.round(t / etas[k]);
            for (long s = 0; s < steps; s++) {
                psi = RichGetRicher.stepPsi(psi, g, etas[k], alpha);
            }
            errors[k] = Math.abs(RichGetRicher.weight(psi, alpha) - flow.weight(w0, t));
        }
        // Euler is first order: halving eta halves the error (ratio 2 within 10%)
        assertEquals(2, errors[0] / errors[1], 0.2);
    }
}

package org.neurotheory.core.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurotheory.core.testing.Assertions.assertClose;

import java.util.function.DoubleFunction;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.core.testing.ReferenceProblems;

class IntegratorTest {
    /** Slope of log(global error at t = 2) against log(h) for the oscillator. */
    private static double convergenceOrder(DoubleFunction<Integrator> make) {
        double[] hs = {0.04, 0.02, 0.01, 0.005};
        double[] logH = new double[hs.length];
        double[] logE = new double[hs.length];
        double[] exact = ReferenceProblems.oscillatorExact(2, 1, 0, 2);
        for (int i = 0; i < hs.length; i++) {
            double[] y = make.apply(hs[i]).finalState(ReferenceProblems.oscillator(2), 0, new double[] {1, 0}, 2);
            logH[i] = Math.log(hs[i]);
            logE[i] = Math.log(Math.hypot(y[0] - exact[0], y[1] - exact[1]));
        }
        return new SimpleRegression() {
            {
                for (int i = 0; i < hs.length; i++) {
                    addData(logH[i], logE[i]);
                }
            }
        }.getSlope();
    }

    @Test
    void eulerIsFirstOrder() {
        // the criterion: measured order within 0.3 of the theoretical order
        assertEquals(1.0, convergenceOrder(EulerIntegrator::new), 0.3);
    }

    @Test
    void rk4IsFourthOrder() {
        assertEquals(4.0, convergenceOrder(Rk4Integrator::new), 0.3);
    }

    @Test
    void eulerIsExactlyGradientDescent() {
        // GD on L = k y^2/2 with lr h: y_k = (1 - h k)^k y0, time = k h
        double k = 3;
        double h = 0.01;
        Trajectory tr = new EulerIntegrator(h).integrate(ReferenceProblems.decay(k), new double[] {2},
                TimeGrid.everySteps(0, h, 100, 10));
        assertEquals(11, tr.size());
        for (int i = 0; i < tr.size(); i++) {
            double expected = 2 * Math.pow(1 - h * k, 10 * i);
            assertEquals(expected, tr.state(i)[0], 1e-14 * Math.max(1, Math.abs(expected)));
            assertEquals(0.5 * k * expected * expected, tr.losses()[i], 1e-13);
        }
    }

    @Test
    void dormandPrinceMatchesMatrixExponential() {
        // y' = A y with symmetric A = V diag(l) V^T: y(t) = V e^{lt} V^T y0
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{-1.0, 0.3, 0.1}, {0.3, -0.5, 0.2}, {0.1, 0.2, -2.0}});
        double[][] rows = {{-1.0, 0.3, 0.1}, {0.3, -0.5, 0.2}, {0.1, 0.2, -2.0}};
        double[] y0 = {1, -1, 0.5};
        TimeGrid grid = TimeGrid.linear(0, 3, 31);
        Trajectory tr = new DormandPrinceIntegrator(1e-12, 1e-12).integrate(ReferenceProblems.linear(rows), y0, grid);
        Matrices.Spectrum s = Matrices.spectrum(a);
        for (int i = 0; i < grid.size(); i++) {
            double t = grid.time(i);
            DMatrixRMaj e = s.apply(l -> Math.exp(l * t));
            double[] exact = new double[3];
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    exact[r] += e.get(r, c) * y0[c];
                }
            }
            // tolerance: 1e-12 local tolerance accumulates over ~100 steps; 1e-9 leaves margin
            assertClose(exact, tr.state(i), 1e-9, 0, "y(" + t + ")");
        }
    }

    @Test
    void dormandPrinceRecordsLogGridAndLoss() {
        Trajectory tr = DormandPrinceIntegrator.precise().integrate(ReferenceProblems.decay(1), new double[] {1},
                TimeGrid.log(0, 0.01, 10, 20));
        assertEquals(21, tr.size());
        for (int i = 0; i < tr.size(); i++) {
            double exact = Math.exp(-tr.time(i));
            assertEquals(exact, tr.state(i)[0], 1e-9);
            assertEquals(0.5 * exact * exact, tr.losses()[i], 1e-9);
        }
    }

    @Test
    void eventTimeIsLocatedToTolerance() {
        // y = e^{-t} crosses 1/2 at t = ln 2
        ThresholdEvent half = ThresholdEvent.component("half", 0, 0.5, ThresholdEvent.Direction.DOWN, 1e-10);
        for (Integrator in : new Integrator[] {DormandPrinceIntegrator.precise(), new Rk4Integrator(0.01)}) {
            Trajectory tr = in.integrate(ReferenceProblems.decay(1), new double[] {1}, TimeGrid.linear(0, 2, 3), half);
            assertEquals(1, tr.events().size(), in.getClass().getSimpleName());
            // RK4 at h = 0.01 has solution error ~1e-10, so the located time is within 1e-8 of ln 2
            assertEquals(Math.log(2), tr.firstEvent("half").orElseThrow().time(), 1e-8);
        }
        // Euler's polygon crosses 1/2 at its own time: k steps of (1 - h) plus a linear partial step
        double h = 0.01;
        Trajectory tr = new EulerIntegrator(h).integrate(ReferenceProblems.decay(1), new double[] {1},
                TimeGrid.linear(0, 2, 3), half);
        int k = (int) Math.floor(Math.log(0.5) / Math.log(1 - h));
        double yk = Math.pow(1 - h, k);
        double exact = k * h + (yk - 0.5) / yk;
        assertEquals(exact, tr.events().get(0).time(), 1e-9);
    }

    @Test
    void lossDropEventFiresOnceDownward() {
        GradientFlow flow = ReferenceProblems.decay(2);
        ThresholdEvent drop = ThresholdEvent.lossBelow("drop", flow, 0.01, 1e-9);
        Trajectory tr = DormandPrinceIntegrator.precise().integrate(flow, new double[] {1}, TimeGrid.linear(0, 5, 6), drop);
        // L = e^{-4t} = 0.01 at t = ln(100)/4
        assertEquals(Math.log(100) / 4, tr.firstEvent("drop").orElseThrow().time(), 1e-7);
        assertEquals(1, tr.events().size());
    }

    @Test
    void blowUpIsDetectedWithLastFiniteState() {
        // y' = y^2, y0 = 1 blows up at t = 1
        DivergenceException dp = assertThrows(DivergenceException.class, () -> DormandPrinceIntegrator.precise()
                .integrate(ReferenceProblems.blowUp(), new double[] {1}, TimeGrid.linear(0, 2, 5)));
        // the step size collapses at the singularity: the last finite time sits at t = 1 within 1e-6
        assertEquals(1.0, dp.lastFiniteTime(), 1e-6);
        assertTrue(Double.isFinite(dp.lastFiniteState()[0]) && dp.lastFiniteState()[0] > 1e3);
        DivergenceException eu = assertThrows(DivergenceException.class, () -> new EulerIntegrator(0.01)
                .integrate(ReferenceProblems.blowUp(), new double[] {1}, TimeGrid.linear(0, 2, 5)));
        assertTrue(Double.isFinite(eu.lastFiniteState()[0]));
        assertTrue(eu.lastFiniteTime() > 0.9 && eu.lastFiniteTime() < 2);
    }

    @Test
    void gridQuantisesToNearestStepForFixedStep() {
        Trajectory tr = new EulerIntegrator(0.1).integrate(ReferenceProblems.decay(1), new double[] {1},
                new TimeGrid(0, new double[] {0.26, 0.5}));
        // 0.26 is sampled at step 3 (t = 0.3)
        assertEquals(Math.pow(0.9, 3), tr.state(0)[0], 1e-14);
        assertEquals(Math.pow(0.9, 5), tr.state(1)[0], 1e-14);
    }
}

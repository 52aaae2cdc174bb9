package org.neurotheory.core.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradientDescentTest {
    /** L = a y^2 / 2 per coordinate: dy/dt = -a y. */
    private static GradientFlow quadratic(double... a) {
        return new GradientFlow() {
            @Override
            public int dimension() {
                return a.length;
            }

            @Override
            public void derivative(double t, double[] y, double[] yDot) {
                for (int i = 0; i < a.length; i++) {
                    yDot[i] = -a[i] * y[i];
                }
            }

            @Override
            public double loss(double[] y) {
                double l = 0;
                for (int i = 0; i < a.length; i++) {
                    l += 0.5 * a[i] * y[i] * y[i];
                }
                return l;
            }
        };
    }

    /** Each step multiplies y by (1 - eta a): the closed form of discrete GD, to rounding (1e-12 relative). */
    @Test
    void stepsFollowTheDiscreteClosedForm() {
        GradientDescent gd = new GradientDescent(0.1);
        List<Double> times = new ArrayList<>();
        GradientDescent.Run run = gd.run(quadratic(2, 0.5), new double[] {1, -3}, 50, (t, y, l) -> times.add(t));
        assertEquals(50, run.steps());
        assertEquals(Math.pow(0.8, 50), run.finalState()[0], 1e-12 * Math.pow(0.8, 50));
        assertEquals(-3 * Math.pow(0.95, 50), run.finalState()[1], 1e-12 * 3 * Math.pow(0.95, 50));
        double y0 = Math.pow(0.8, 10);
        double y1 = -3 * Math.pow(0.95, 10);
        assertEquals(y0 * y0 + 0.25 * y1 * y1, run.losses()[10], 1e-12);
        // one meaning of time: the state after k steps is at t = k eta; observers see k = 0 .. steps - 1
        assertEquals(50, times.size());
        assertEquals(4.9, times.get(49), 1e-12);
        assertEquals(49, gd.step(times.get(49)));
        assertTrue(!run.stopped());
    }

    /** The same numbers as core's Euler integrator, which is gradient descent on the flow. */
    @Test
    void trajectoryEqualsRun() {
        GradientDescent gd = new GradientDescent(0.05);
        GradientFlow f = quadratic(1, 3, 0.2);
        double[] y0 = {1, 2, -1};
        Trajectory tr = gd.trajectory(f, y0, 40, 10);
        GradientDescent.Run run = gd.run(f, y0, 40);
        assertArrayEquals(run.finalState(), tr.state(tr.size() - 1), 0);
        assertArrayEquals(new double[] {0, 10, 20, 30, 40}, gd.steps(tr), 0);
        assertEquals(run.losses()[30], tr.losses()[3], 0);
    }

    /** Stops before the first step that starts below the stop loss: L_k = 0.8^(2k) < 1e-3 first at k = 16 (15.5). */
    @Test
    void stopLossEndsTheRunEarly() {
        GradientDescent.Run run = new GradientDescent(0.1).withStopLoss(1e-3).run(quadratic(2), new double[] {1}, 1000);
        assertTrue(run.stopped());
        assertEquals(16, run.steps());
        assertEquals(Math.pow(0.8, 16), run.finalState()[0], 1e-12);
    }

    /** eta a = 3 makes |y| triple each step: overflow, reported with the last finite state and its time k eta. */
    @Test
    void divergenceCarriesTheLastFiniteStateAndItsTime() {
        GradientDescent gd = new GradientDescent(2);
        DivergenceException e = assertThrows(DivergenceException.class, () -> gd.run(quadratic(2), new double[] {1}, 10_000));
        assertTrue(Double.isFinite(e.lastFiniteState()[0]));
        long k = gd.step(e.lastFiniteTime());
        assertEquals(Math.pow(-3, k), e.lastFiniteState()[0], 1e-9 * Math.pow(3, k));
    }

    /** Integrators show the initial state and every step: Euler's k h grid, and Dormand-Prince's accepted steps up to t1. */
    @Test
    void integratorsShowEveryStep() {
        GradientFlow f = quadratic(1);
        List<double[]> seen = new ArrayList<>();
        new EulerIntegrator(0.1).integrate(f, new double[] {2}, TimeGrid.linear(0, 1, 3),
                (t, y, l) -> seen.add(new double[] {t, y[0], l}));
        assertEquals(11, seen.size());
        assertEquals(0.5, seen.get(5)[0], 1e-12);
        assertEquals(2 * Math.pow(0.9, 5), seen.get(5)[1], 1e-12);
        assertEquals(0.5 * seen.get(5)[1] * seen.get(5)[1], seen.get(5)[2], 1e-15);
        List<Double> times = new ArrayList<>();
        new DormandPrinceIntegrator(1e-10, 1e-10).integrate(f, new double[] {2}, TimeGrid.linear(0, 3, 4),
                (t, y, l) -> {
                    times.add(t);
                    assertEquals(0.5 * y[0] * y[0], l, 1e-15);
                });
        assertEquals(0, times.get(0));
        assertEquals(3, times.get(times.size() - 1), 1e-12);
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i) > times.get(i - 1));
        }
    }
}

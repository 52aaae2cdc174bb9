package org.neurotheory.core.dln;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neurotheory.core.testing.Assertions.assertCloseRel;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.core.ode.DormandPrinceIntegrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.testing.Assertions;

class DeepLinearTheoryTest {
    /** Sigma_yx = U diag(s) V^T with random orthogonal U (3x3), V (4x4). */
    private static DMatrixRMaj sigmaYX(double[] s, long seed) {
        var rng = Seeds.stream(seed);
        DMatrixRMaj u = Matrices.randomOrthogonal(3, rng);
        DMatrixRMaj v = Matrices.randomOrthogonal(4, rng);
        DMatrixRMaj sm = new DMatrixRMaj(3, 4);
        for (int i = 0; i < s.length; i++) {
            sm.set(i, i, s[i]);
        }
        DMatrixRMaj tmp = new DMatrixRMaj(3, 4);
        CommonOps_DDRM.mult(u, sm, tmp);
        DMatrixRMaj out = new DMatrixRMaj(3, 4);
        CommonOps_DDRM.multTransB(tmp, v, out);
        return out;
    }

    @Test
    void fullMatrixSimulationMatchesSaxeModeSolution() {
        double[] s = {3.0, 2.0, 1.0};
        double[] a0 = {1e-3, 2e-3, 1e-3};
        double tau = 1.0;
        DMatrixRMaj syx = sigmaYX(s, 11);
        DeepLinearFlow flow = DeepLinearFlow.twoLayer(LinearRegressionMoments.whitened(syx, 14), 3, tau);
        double[] y0 = flow.pack(SaxeModeSolution.alignedInit(syx, 3, a0));
        TimeGrid grid = TimeGrid.linear(0, 8, 81);
        Trajectory tr = new DormandPrinceIntegrator(1e-13, 1e-13).integrate(flow, y0, grid);
        Matrices.Svd svd = Matrices.svd(syx);
        for (int i = 0; i < grid.size(); i++) {
            DMatrixRMaj w = flow.endToEnd(tr.state(i));
            double[] simulated = new double[3];
            double[] theory = new double[3];
            for (int m = 0; m < 3; m++) {
                // mode strength u_m^T W v_m
                double a = 0;
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 4; c++) {
                        a += svd.u().get(r, m) * w.get(r, c) * svd.v().get(c, m);
                    }
                }
                simulated[m] = a;
                theory[m] = SaxeModeSolution.strength(s[m], a0[m], tau, grid.time(i));
            }
            // the criterion: relative error < 1e-6 at every recorded time
            assertCloseRel(theory, simulated, 1e-6, "mode strengths at t = " + grid.time(i));
        }
    }

    @Test
    void halfTimeAndTimeToReachAgree() {
        double s = 2;
        double a0 = 1e-4;
        double t = SaxeModeSolution.halfTime(s, a0, 1.5);
        assertEquals(s / 2, SaxeModeSolution.strength(s, a0, 1.5, t), 1e-12);
        assertEquals(t, SaxeModeSolution.timeToReach(s, a0, s / 2, 1.5), 1e-12);
    }

    @Test
    void deepModeTimeMatchesThreeLayerSimulation() {
        // scalar chain of depth 3 from balanced init w_l = u0^{1/3}: u' = 3 u^{4/3} (s - u)
        double s = 1.5;
        double u0 = 1e-3;
        LinearRegressionMoments m = LinearRegressionMoments.whitened(new DMatrixRMaj(new double[][] {{s}}), s * s);
        DeepLinearFlow flow = new DeepLinearFlow(m, new int[] {1, 1}, 1.0);
        double w = Math.cbrt(u0);
        double[] y0 = {w, w, w};
        double tHalf = DeepModeDynamics.timeToReach(s, u0, s / 2, 3, 1.0);
        Trajectory tr = new DormandPrinceIntegrator(1e-12, 1e-12).integrate(flow, y0,
                new TimeGrid(0, new double[] {tHalf}));
        double[] y = tr.finalState();
        assertEquals(s / 2, y[0] * y[1] * y[2], 1e-7);
        assertEquals(SaxeModeSolution.timeToReach(s, u0, 1.0, 1.0), DeepModeDynamics.timeToReach(s, u0, 1.0, 2, 1.0), 1e-12);
    }

    @Test
    void gradientMatchesFiniteDifferencesOfLossForCorrelatedInputs() {
        var rng = Seeds.stream(5);
        DMatrixRMaj x = new DMatrixRMaj(50, 3);
        DMatrixRMaj yy = new DMatrixRMaj(50, 2);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
        }
        for (int i = 0; i < yy.data.length; i++) {
            yy.data[i] = rng.nextGaussian();
        }
        DeepLinearFlow flow = new DeepLinearFlow(LinearRegressionMoments.empirical(x, yy), new int[] {4, 2}, 2.0);
        double[] p = new double[flow.dimension()];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.5 * rng.nextGaussian();
        }
        double[] d = new double[p.length];
        flow.derivative(0, p, d);
        double[] fd = new double[p.length];
        double h = 1e-6;
        for (int i = 0; i < p.length; i++) {
            double[] q = p.clone();
            q[i] += h;
            double lp = flow.loss(q);
            q[i] -= 2 * h;
            double lm = flow.loss(q);
            fd[i] = -(lp - lm) / (2 * h) / 2.0; // flow = -grad / tau, tau = 2
        }
        // central differences have O(h^2) truncation and O(eps/h) rounding: ~1e-9 absolute
        Assertions.assertClose(fd, d, 1e-7, 1e-6, "dW/dt vs -grad L / tau");
    }

    @Test
    void empiricalMomentsLossEqualsMeanSquaredError() {
        var rng = Seeds.stream(9);
        DMatrixRMaj x = new DMatrixRMaj(20, 2);
        DMatrixRMaj y = new DMatrixRMaj(20, 1);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
        }
        for (int i = 0; i < y.data.length; i++) {
            y.data[i] = rng.nextGaussian();
        }
        DMatrixRMaj w = new DMatrixRMaj(new double[][] {{0.3, -0.7}});
        double mse = 0;
        for (int i = 0; i < 20; i++) {
            double e = y.get(i, 0) - 0.3 * x.get(i, 0) + 0.7 * x.get(i, 1);
            mse += e * e / 20;
        }
        LinearRegressionMoments m = LinearRegressionMoments.empirical(x, y);
        assertEquals(mse / 2, m.loss(w), 1e-12);
        assertEquals(m.minimumLoss(), m.loss(m.leastSquares()), 1e-12);
    }
}

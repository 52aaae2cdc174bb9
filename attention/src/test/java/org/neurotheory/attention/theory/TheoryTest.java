package org.neurotheory.attention.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.neurotheory.attention.data.CodeCovariance;
import org.neurotheory.attention.data.TokenMoments;
import org.neurotheory.attention.model.CubicFeatureMlp;
import org.neurotheory.attention.model.EndToEndLoss;
import org.neurotheory.attention.model.EndToEndObjective;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.attention.model.KeyQueryInit;
import org.neurotheory.attention.model.ReducedSeparateAttention;
import org.neurotheory.core.data.InContextRegression;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.core.ode.OdeSystem;
import org.neurotheory.core.ode.Rk4Integrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.random.Seeds;

/**
 * Theory against simulation and exact values: the population moments of Eq. (15) against Monte Carlo,
 * the global minimum (Eq. 11) and the saddle losses of Eq. (19), the fixed points (C1)-(C3) of Eq. (18),
 * the conservation laws of gradient flow, the time course of Eq. (10), and the closed form of the
 * scalar value ODE, Eq. (21).
 */
class TheoryTest {
    private static final int N = 31;

    private static DMatrixRMaj defaultLambda(int d) {
        return CodeCovariance.spectral(d, Seeds.stream(42));
    }

    @Test
    void monteCarloMomentsMatchEq15() {
        // 4 batches x 50000 sequences (no centring/whitening: population statistics). Relative Frobenius error
        // of a 2e5-sample average of fourth/sixth-order products is ~1% (an independent 2e5-sample NumPy run:
        // 0.1-1.3%), 4% leaves > 3 sigma.
        DMatrixRMaj lambda = defaultLambda(4);
        InContextRegression reg = new InContextRegression(4, N, lambda);
        EndToEndLoss pop = new PopulationMoments(lambda, N).cubicLoss();
        double[] m = new double[256];
        double[] b = new double[16];
        double c = 0;
        SplittableRandom rng = Seeds.stream(3);
        for (int batch = 0; batch < 4; batch++) {
            EndToEndLoss e = TokenMoments.cubic(reg.sample(50_000, false, false, rng));
            double[] em = e.moment();
            double[] eb = e.cross();
            for (int i = 0; i < 256; i++) {
                m[i] += em[i] / 4;
            }
            for (int i = 0; i < 16; i++) {
                b[i] += eb[i] / 4;
            }
            c += e.targetPower() / 4;
        }
        assertTrue(relFrobenius(pop.moment(), m) < 0.04, "E[zz^T]: " + relFrobenius(pop.moment(), m));
        assertTrue(relFrobenius(pop.cross(), b) < 0.04, "E[y z]: " + relFrobenius(pop.cross(), b));
        assertEquals(pop.targetPower(), c, 0.04 * pop.targetPower(), "E[y^2]");
    }

    private static double relFrobenius(double[] expected, double[] actual) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < expected.length; i++) {
            num += (expected[i] - actual[i]) * (expected[i] - actual[i]);
            den += expected[i] * expected[i];
        }
        return Math.sqrt(num / den);
    }

    @Test
    void globalMinimumAndSaddleLosses() {
        PopulationMoments pm = new PopulationMoments(defaultLambda(4), N);
        DMatrixRMaj gStar = pm.globalMinimiser();
        assertTrue(CommonOps_DDRM.elementMaxAbs(pm.residual(gStar)) < 1e-12, "gradient at G_*");
        assertEquals(0.1359951, pm.loss(gStar), 1e-7);
        assertEquals(0.1388889, new PopulationMoments(CodeCovariance.white(4), N).loss(
                new PopulationMoments(CodeCovariance.white(4), N).globalMinimiser()), 1e-7);
        PopulationMoments id = new PopulationMoments(CommonOps_DDRM.identity(4), N);
        assertEquals(0.5555556, id.loss(id.globalMinimiser()), 1e-7);

        double[] d4 = {1, 0.6405797, 0.3773722, 0.2098046, 0.1359951};
        double[] d8 = {1, 0.8112633, 0.6489770, 0.5130121, 0.4031765, 0.3191656, 0.2604535, 0.2260091, 0.2133457};
        SaddlePoints s4 = new SaddlePoints(defaultLambda(4), N);
        SaddlePoints s8 = new SaddlePoints(defaultLambda(8), N);
        for (int m = 0; m < d4.length; m++) {
            assertEquals(d4[m], s4.loss(m), 1e-7, "D=4 L(M_" + m + ")");
            assertEquals(s4.loss(m), pm.loss(s4.endToEnd(m)), 1e-12, "Eq. 19 = L(C1 matrix), m=" + m);
        }
        for (int m = 0; m < d8.length; m++) {
            assertEquals(d8[m], s8.loss(m), 1e-7, "D=8 L(M_" + m + ")");
        }
        double[] vInf = {0.4169081, 0.4552305, 0.5131639, 0.6197981};
        for (int d = 1; d <= 4; d++) {
            assertEquals(vInf[d - 1], s4.codeValueWeight(d), 1e-7);
        }
        assertEquals(0, s4.learnedComponents(0.99));
        assertEquals(2, s4.learnedComponents(0.38));
        assertEquals(4, s4.learnedComponents(0.136));
    }

    @Test
    void saddlesAreFixedPointsOfThePopulationFlow() {
        // (C1)-(C3): heads 0..m-1 learn e_{d} with k = q = v e_d, v from (20a) in code units; extra heads zero.
        DMatrixRMaj lambda = defaultLambda(4);
        SaddlePoints s = new SaddlePoints(lambda, N);
        EndToEndLoss pop = new PopulationMoments(lambda, N).cubicLoss();
        ReducedSeparateAttention model = new ReducedSeparateAttention(4, 5, 1);
        EndToEndObjective f = new EndToEndObjective(model, pop);
        int[][] subsets = {{}, {1}, {2, 4}, {1, 3, 4}, {1, 2, 3, 4}};
        for (int[] subset : subsets) {
            double[] theta = new double[model.parameterCount()];
            double expected = new PopulationMoments(lambda, N).traceLambda();
            for (int h = 0; h < subset.length; h++) {
                int d = subset[h];
                double v = s.codeValueWeight(d);
                double[] e = s.eigenvector(d);
                theta[model.valueIndex(h)] = v;
                for (int i = 0; i < 4; i++) {
                    theta[model.keyIndex(h, 0) + i] = v * e[i];
                    theta[model.queryIndex(h, 0) + i] = v * e[i];
                }
                expected -= s.eigenvalues()[d - 1] / s.shrinkage(d);
            }
            double[] grad = new double[theta.length];
            double loss = f.valueAndGradient(theta, grad);
            for (double g : grad) {
                assertEquals(0, g, 1e-10, "gradient at S = " + Arrays.toString(subset));
            }
            assertEquals(expected, loss, 1e-12);
        }
    }

    @Test
    void conservationLawsHoldUnderSmallStepPopulationDescent() {
        DMatrixRMaj lambda = defaultLambda(4);
        ReducedSeparateAttention model = new ReducedSeparateAttention(4, 5, 1);
        EndToEndObjective f = new EndToEndObjective(model, new PopulationMoments(lambda, N).cubicLoss());
        double[] theta0 = model.initialise(0.1, KeyQueryInit.UNIFORM, Seeds.stream(5));
        // eta = 1e-3 in paper units is eta N^{2/3} in code units: code eta = 1e-3 / N^{2/3}
        double[] theta = new GradientDescent(1e-3 / Math.cbrt(N * N)).run(f, theta0, 60_000).finalState();
        double maxV2 = 0;
        for (int h = 0; h < 5; h++) {
            maxV2 = Math.max(maxV2, theta[model.valueIndex(h)] * theta[model.valueIndex(h)]);
        }
        assertTrue(maxV2 > 0.1, "a head must have grown, max v^2 = " + maxV2);
        for (int h = 0; h < 5; h++) {
            double c0 = sq(theta0[model.valueIndex(h)]) - norm2(model.key(theta0, h, 0));
            double c1 = sq(theta[model.valueIndex(h)]) - norm2(model.key(theta, h, 0));
            double d0 = norm2(model.key(theta0, h, 0)) - norm2(model.query(theta0, h, 0));
            double d1 = norm2(model.key(theta, h, 0)) - norm2(model.query(theta, h, 0));
            assertEquals(c0, c1, 0.01 * maxV2, "v^2 - |k|^2, head " + h);
            assertEquals(d0, d1, 0.01 * maxV2, "|k|^2 - |q|^2, head " + h);
        }
    }

    private static double sq(double x) {
        return x * x;
    }

    private static double norm2(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }

    @Test
    void eq10TimeCourseMatchesPopulationDescentFromAlignedInit() {
        // Lambda = I (the paper's Eq. 10), D = 4, N = 31, code units, aligned balanced init w0.
        int d = 4;
        double eta = 2e-6;
        double w0 = 1e-3;
        PopulationMoments pm = new PopulationMoments(CommonOps_DDRM.identity(d), N);
        CubicFeatureMlp mlp = new CubicFeatureMlp(d, 3);
        double[] r = {0.6, 0.8, 0};
        double[] theta0 = mlp.alignedInitialisation(w0, r);
        WhiteTimeCourse tc = new WhiteTimeCourse(d, N, 1, eta, w0 * w0);
        int steps = (int) (1.6 * tc.halfDropStep());
        EndToEndObjective f = new EndToEndObjective(mlp, pm.cubicLoss());
        double[] worst = {0};
        GradientDescent gd = new GradientDescent(eta);
        gd.run(f, theta0, steps, (t, theta, loss) -> {
            long k = gd.step(t);
            double sigma = pm.paperMatrix(f.endToEnd(theta)).get(0, 0);
            worst[0] = Math.max(worst[0], Math.abs(sigma - tc.sigma(k)));
        });
        // Euler (GD) vs flow: relative time error ~ rate * step = 4 eta N sqrt(D) ~ 5e-4, so |sigma error| < 1e-3 sigma_inf
        double sigmaInf = tc.sigma(1e12);
        assertTrue(worst[0] < 1e-3 * sigmaInf, "max |sigma_GD - sigma_Eq10| = " + worst[0] + " vs sigma_inf " + sigmaInf);
        assertEquals(pm.loss(pm.globalMinimiser()), tc.finalLoss(), 1e-12);
    }

    @Test
    void valueOdeClosedFormMatchesRk4() {
        SaddlePoints s = new SaddlePoints(defaultLambda(4), N);
        ValueOde ode = new ValueOde(s.eigenvalues()[0], 1, N, 0.02);
        assertEquals(s.codeValueWeight(1), ode.fixedPoint(), 1e-12);
        OdeSystem sys = new OdeSystem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void derivative(double t, double[] y, double[] yDot) {
                yDot[0] = ode.rate(y[0]);
            }
        };
        double v0 = 0.01;
        var traj = new Rk4Integrator(0.05).integrate(sys, new double[] {v0}, TimeGrid.linear(0, 1500, 31));
        for (int i = 0; i < traj.size(); i++) {
            assertEquals(traj.state(i)[0], ode.value(v0, traj.time(i)), 1e-8, "k = " + traj.time(i));
        }
        assertEquals(500, ode.stepsBetween(v0, 0.5 * ode.fixedPoint()), 100, "plateau ~ 1/(2 eta N lambda^2 v0) (Eq. 21, code units)");
    }

    /**
     * A staircase that sits 100, 60, 40, ... steps exactly on the saddle levels: the plateau lengths
     * the rank sweeps report ({@link SaddlePoints#dwellSteps}, "dwell steps R=r" of Figs. 4 and 12)
     * and the drop steps are the stair lengths and their running sums.
     */
    @Test
    void saddleDwellAndDropStepsOfAStaircase() {
        SaddlePoints s = new SaddlePoints(defaultLambda(4), N);
        double[] l = s.losses();
        int[] lengths = {100, 60, 40, 30, 200};
        List<Double> curve = new ArrayList<>();
        for (int m = 0; m < l.length; m++) {
            for (int k = 0; k < lengths[m]; k++) {
                curve.add(l[m]);
            }
        }
        double[] loss = curve.stream().mapToDouble(Double::doubleValue).toArray();
        Assertions.assertArrayEquals(lengths, s.dwellSteps(loss));
        Assertions.assertArrayEquals(new int[] {100, 160, 200, 230}, s.dropSteps(loss));
        Assertions.assertArrayEquals(new int[] {100, -1, -1, -1}, s.dropSteps(Arrays.copyOf(loss, 120)));
    }
}

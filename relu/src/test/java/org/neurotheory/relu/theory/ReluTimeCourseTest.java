package org.neurotheory.relu.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.data.SymmetricDataset;
import org.neurotheory.core.dln.SaxeModeSolution;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.core.ode.Rk4Integrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.PairSymmetricInitialisation;
import org.neurotheory.relu.model.RegressionData;

class ReluTimeCourseTest {

    /**
     * From balanced, aligned pair weights the closed form is exact for gradient flow: RK4 with step
     * 0.02 on a sigmoid of rate 2cs ~ 2.6 has local error ~ (0.05)^5, far below the 1e-6 tolerance.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void closedFormMatchesGradientFlowFromAlignedInit(double slope) {
        double[] w = {1.2, -0.5, 0.3, 0};
        RegressionData d = SymmetricRegressionGenerator.whitenedSymmetric(60, 4).withNoise(0.3, true)
                .generate(ScalarTarget.linear(w), new SplittableRandom(4));
        double s = Math.sqrt(1.44 + 0.25 + 0.09);
        double u0 = 1e-4;
        DMatrixRMaj w0 = new DMatrixRMaj(3, 4);
        DMatrixRMaj a0 = new DMatrixRMaj(1, 3);
        for (int j = 0; j < 4; j++) {
            w0.set(0, j, Math.sqrt(u0) * w[j] / s);
        }
        a0.set(0, 0, Math.sqrt(u0));
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(4, 6, 1, slope);
        double[] p0 = PairSymmetricInitialisation.fromBase(net, w0, a0);
        ReluTimeCourse theory = ReluTimeCourse.fromWhitenedData(d, w0, a0, slope, 1);
        assertEquals(s, theory.s(), 1e-12);
        assertEquals(u0, theory.u0(), 1e-15);
        assertEquals(0.5 * 0.09, theory.residualLoss(), 1e-12); // noise rms 0.3, orthogonal to x
        long steps = Math.round(2.5 * theory.halfDropTime() / 0.02);
        // record on step multiples: fixed-step integrators sample the grid at the nearest step
        Trajectory tr = new Rk4Integrator(0.02).integrate(new NetworkGradientFlow(net, d, 1), p0,
                TimeGrid.everySteps(0, 0.02, steps, 5));
        double[] sim = tr.losses();
        for (int i = 0; i < sim.length; i++) {
            assertEquals(theory.loss(tr.time(i)), sim[i], 1e-6, "t = " + tr.time(i));
        }
    }

    /**
     * Multi-output staircase: Sigma_yx = diag(3, 1) (two outputs); the ReLU pair network's end-to-end map
     * learns mode 1 then mode 2, each on Saxe's sigmoid at rescaled time c t. RK4 step 0.01 on rates
     * 2 c s <= 6: local error ~ (0.06)^5, tolerance 1e-6 on strengths of order 1.
     */
    @Test
    void multiOutputModesFormAStaircase() {
        SplittableRandom rng = new SplittableRandom(8);
        DMatrixRMaj x0 = new DMatrixRMaj(80, 2);
        for (int i = 0; i < x0.data.length; i++) {
            x0.data[i] = rng.nextGaussian();
        }
        DMatrixRMaj x = SymmetricDataset.mirrorInputs(Matrices.whiten(x0));
        DMatrixRMaj y = new DMatrixRMaj(x.numRows, 2);
        for (int i = 0; i < x.numRows; i++) {
            y.set(i, 0, 3 * x.get(i, 0));
            y.set(i, 1, x.get(i, 1));
        }
        RegressionData d = new RegressionData(x, y);
        double slope = 0.0;
        double a0 = 1e-4;
        DMatrixRMaj[] lin = SaxeModeSolution.alignedInit(d.moments().sigmaYX(), 2,
                new double[] {a0, a0});
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(2, 4, 2, slope);
        double[] p0 = PairSymmetricInitialisation.fromBase(net, lin[0], lin[1]);
        Trajectory tr = new Rk4Integrator(0.01).integrate(new NetworkGradientFlow(net, d, 1), p0,
                TimeGrid.everySteps(0, 0.01, 1600, 20));
        BiasFreeNetwork half = PairEquivalence.linearNetwork(net);
        for (int i = 0; i < tr.size(); i++) {
            double[] q = PairEquivalence.linearParameters(net, tr.state(i));
            DMatrixRMaj map = new DMatrixRMaj(2, 2);
            CommonOps_DDRM.mult(half.layer(q, 2), half.layer(q, 1), map);
            double t = tr.time(i);
            assertEquals(ReluTimeCourse.modeStrength(3, a0, slope, 1, t), map.get(0, 0), 1e-6, "mode 1 at t = " + t);
            assertEquals(ReluTimeCourse.modeStrength(1, a0, slope, 1, t), map.get(1, 1), 1e-6, "mode 2 at t = " + t);
        }
    }

    /** Half-drop time: plateau length scales as 2/(1+alpha). */
    @Test
    void halfDropTimeScalesWithSlope() {
        ReluTimeCourse linear = new ReluTimeCourse(1.3, 1e-10, 0.2, 1, 1);
        ReluTimeCourse relu = new ReluTimeCourse(1.3, 1e-10, 0.2, 0, 1);
        assertEquals(2 * linear.halfDropTime(), relu.halfDropTime(), 1e-9);
        double half = 0.5 * (linear.loss(0) + 0.2);
        assertEquals(half, linear.loss(linear.halfDropTime()), 1e-12);
    }

    @Test
    void rejectsBadParameters() {
        String[][] cases = {
            {"s", "-1", "1e-3", "0", "0", "1"},
            {"u0", "1", "2", "0", "0", "1"},
            {"residualLoss", "1", "0.1", "-1", "0", "1"},
            {"slope", "1", "0.1", "0", "1.5", "1"},
            {"tau", "1", "0.1", "0", "0", "0"},
        };
        for (String[] c : cases) {
            var e = assertThrows(IllegalArgumentException.class, () -> new ReluTimeCourse(Double.parseDouble(c[1]),
                    Double.parseDouble(c[2]), Double.parseDouble(c[3]), Double.parseDouble(c[4]), Double.parseDouble(c[5])));
            Assertions.assertTrue(e.getMessage().startsWith(c[0] + " = "), e.getMessage());
        }
    }
}

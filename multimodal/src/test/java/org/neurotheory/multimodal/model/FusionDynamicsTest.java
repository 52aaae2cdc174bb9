package org.neurotheory.multimodal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.core.ode.DivergenceException;
import org.neurotheory.core.ode.Rk4Integrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.multimodal.data.FusionDatasets;
import org.neurotheory.multimodal.theory.BalancedTwoLayerFlow;

/**
 * Checks 3 (conservation law and the balanced two-layer flow E1), 4 (M_A is a fixed point of late but
 * not of early fusion) and 6 (t_B independent of r at rho = 0) of the model reference (docs/papers/multimodal.md).
 */
class FusionDynamicsTest {
    private static final LinearRegressionMoments TOY = FusionDatasets.toy(2, 0).populationMoments();

    /** {@code W2^T W2 - W1 W1^T} of a two-layer branch: W1 is H x 1 at off1, W2 is 1 x H at off2. */
    private static double[] imbalance(double[] theta, int off1, int off2, int h) {
        double[] out = new double[h * h];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < h; j++) {
                out[i * h + j] = theta[off2 + i] * theta[off2 + j] - theta[off1 + i] * theta[off1 + j];
            }
        }
        return out;
    }

    @Test
    void gradientFlowConservesTheImbalance() {
        int h = 8;
        FusionNetwork net = new FusionNetwork(FusionArchitecture.late(1, 1, h, 1));
        double[] theta0 = net.initialise(InitScheme.PER_ENTRY, 0.3, 5);
        MomentObjective flow = new MomentObjective(net, TOY);
        double[] theta1 = new Rk4Integrator(1e-3).finalState(flow, 0, theta0, 3);
        for (int m = 0; m < 2; m++) {
            double[] before = imbalance(theta0, net.branchOffset(m, 1), net.branchOffset(m, 2), h);
            double[] after = imbalance(theta1, net.branchOffset(m, 1), net.branchOffset(m, 2), h);
            // RK4 at step 1e-3 over t = 3 with O(1) weights: global error ~1e-12; the weights themselves change by O(1)
            Assertions.assertClose(before, after, 1e-9, 0, "imbalance of branch " + m);
        }
        double wa0 = net.totalWeights(theta0)[0];
        assertTrue(Math.abs(net.totalWeights(theta1)[0] - wa0) > 0.1, "the weights did move");
    }

    @Test
    void balancedReducedFlowPredictsTheNetworkVelocity() {
        // early fusion (one block on D = 2): the full E1 with the (e.w) w/|w| term
        FusionNetwork net = new FusionNetwork(FusionArchitecture.early(1, 1, 50, 1));
        MomentObjective flow = new MomentObjective(net, TOY);
        double[] theta = net.initialise(InitScheme.PER_ENTRY, 1e-4, 9);
        Rk4Integrator rk4 = new Rk4Integrator(1e-3);
        double t = 0;
        while (net.totalWeights(theta)[0] < 0.3) {
            theta = rk4.finalState(flow, t, theta, t + 0.05);
            t += 0.05;
        }
        double dt = 1e-3;
        double[] minus = theta;
        double[] mid = rk4.finalState(flow, t, theta, t + dt);
        double[] plus = rk4.finalState(flow, t + dt, mid, t + 2 * dt);
        double[] w = net.totalWeights(mid);
        double[] wp = net.totalWeights(plus);
        double[] wm = net.totalWeights(minus);
        double[] predicted = new double[2];
        new BalancedTwoLayerFlow(TOY, 1, false).derivative(0, w, predicted);
        for (int i = 0; i < 2; i++) {
            double measured = (wp[i] - wm[i]) / (2 * dt);
            // check 3: 1% once the O(gamma^2) imbalance is negligible against |w| ~ 0.3
            assertEquals(predicted[i], measured, 0.01 * Math.abs(predicted[i]), "dW^tot/dt component " + i);
        }
    }

    @Test
    void unimodalPointIsFixedForLateButNotEarlyFusion() {
        int h = 4;
        FusionNetwork late = new FusionNetwork(FusionArchitecture.late(1, 1, h, 1));
        double[] theta = new double[late.size()];
        for (int i = 0; i < h; i++) {
            theta[late.branchOffset(0, 1) + i] = 0.5; // W1_A = 0.5 * 1, W2_A = 0.5 * 1 -> W_A^tot = 1
            theta[late.branchOffset(0, 2) + i] = 0.5;
        }
        double[] dir = new double[late.size()];
        new MomentObjective(late, TOY).evaluate(theta, dir, new double[2]);
        for (int i = 0; i < h; i++) {
            assertEquals(0.0, dir[late.branchOffset(1, 1) + i], 0.0, "B first layer gradient is exactly zero");
            assertEquals(0.0, dir[late.branchOffset(1, 2) + i], 0.0, "B second layer gradient is exactly zero");
            assertEquals(0.0, dir[late.branchOffset(0, 1) + i], 1e-15, "A is at its unimodal optimum");
        }
        FusionNetwork early = new FusionNetwork(FusionArchitecture.early(1, 1, h, 1));
        double[] e = new double[early.size()];
        for (int i = 0; i < h; i++) {
            e[early.branchOffset(0, 1) + i] = 0.5; // column A of W1 (H x 1 block)
            e[early.sharedOffset(2) + i] = 0.5;    // W2
        }
        double[] dirE = new double[early.size()];
        double[] tot = new double[2];
        new MomentObjective(early, TOY).evaluate(e, dirE, tot);
        assertEquals(1.0, tot[0], 1e-15);
        assertEquals(0.0, tot[1], 0.0);
        for (int i = 0; i < h; i++) {
            // e_B = Sigma_yxB - W_A Sigma_AB = 1 at rho = 0: the B column gets W2^T e_B = 0.5
            assertEquals(0.5, dirE[early.branchOffset(1, 1) + i], 1e-15, "early fusion leaves M_A");
        }
    }

    @Test
    void lateFusionTimeOfBDoesNotDependOnRatioAtZeroCorrelation() {
        double[] tB = new double[2];
        double[] r = {2, 3};
        for (int k = 0; k < 2; k++) {
            FusionNetwork net = new FusionNetwork(FusionArchitecture.late(1, 1, 100, 1));
            // population moments: t_B is set by |Sigma_B,res| = 1 - rho^2 and the init, not by r (check 6)
            TrainingRun run = new Training(0.02, 3000, 0).run(new MomentObjective(net, FusionDatasets.toy(r[k], 0)
                    .populationMoments()), net.initialise(InitScheme.PER_ENTRY, 1e-9, 3));
            tB[k] = PhaseTimes.measure(run, 1).tB();
        }
        // t_B = t_A + (1 - kappa) ln(1/u0)/|res| = ln(1/u0)(1/r^2 + 1 - 1/r^2) = ln(1/u0): equal up to the
        // argmin's epoch quantisation and the O(1/ln(1/u0)) corrections: 3%
        assertEquals(tB[0], tB[1], 0.03 * tB[0]);
    }

    @Test
    void zeroStopLossRunsEveryEpochEvenWhenRoundOffMakesTheLossNegative() {
        // noiseless population: the minimum loss is 0 and the moment form can round to -1e-17
        FusionNetwork net = new FusionNetwork(FusionArchitecture.late(1, 1, 10, 1));
        TrainingRun run = new Training(0.04, 2000, 0).run(new MomentObjective(net, TOY), net.initialise(InitScheme.PER_ENTRY, 0.1, 1));
        assertEquals(2000, run.epochs());
        assertTrue(!run.stoppedEarly());
    }

    @Test
    void blowUpThrowsWithTheLastFiniteParameters() {
        FusionNetwork net = new FusionNetwork(FusionArchitecture.late(1, 1, 10, 1));
        double[] theta0 = net.initialise(InitScheme.PER_ENTRY, 0.5, 1);
        // eta * lambda_max(Hessian) >> 2 at these weights: gradient descent diverges
        var ex = org.junit.jupiter.api.Assertions.assertThrows(DivergenceException.class,
                () -> new Training(5, 10_000, 0).run(new MomentObjective(net, TOY), theta0));
        for (double v : ex.lastFiniteState()) {
            assertTrue(Double.isFinite(v));
        }
    }
}

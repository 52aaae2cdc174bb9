package org.neurotheory.relu.theory;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurotheory.core.testing.Assertions.assertClose;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.dln.DeepLinearFlow;
import org.neurotheory.core.ode.EulerIntegrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.BlockSymmetricInitialisation;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.RegressionData;

/**
 * Block-symmetric deep networks, the second part of experiment E6 (abstract claim 4): depth 4, blocks of 6,
 * D = 5, 300 mirrored samples.
 */
class BlockSymmetricReductionTest {
    private static final double LR = 0.005;

    private static RegressionData data() {
        SplittableRandom rng = new SplittableRandom(21);
        double[] b = new double[5];
        for (int i = 0; i < 5; i++) {
            b[i] = rng.nextGaussian();
        }
        return new SymmetricRegressionGenerator(150, 5, false, true, 0, false).generate(ScalarTarget.linear(b), rng);
    }

    /** alpha = 1: block network and reduced deep linear network (rates 1/2,1/4,1/4,1/2, gain 8) agree to rounding. */
    @Test
    void linearBlockNetworkIsTheReducedDeepLinearNetwork() {
        RegressionData d = data();
        BiasFreeNetwork net = new BiasFreeNetwork(new int[] {5, 12, 12, 12, 1}, 1);
        double[] p0 = BlockSymmetricInitialisation.linearSubmanifold(net, 0.3, new SplittableRandom(5), new DMatrixRMaj[4]);
        Trajectory block = new EulerIntegrator(LR).integrate(new NetworkGradientFlow(net, d, 1), p0,
                TimeGrid.everySteps(0, LR, 1500, 100));
        double step = BlockSymmetricReduction.reducedStep(LR, 1, 4);
        Trajectory reduced = new EulerIntegrator(step).integrate(new DeepLinearFlow(d.moments(), new int[] {6, 6, 6}, 1),
                BlockSymmetricReduction.reducedState(net, p0), TimeGrid.everySteps(0, step, 1500, 100));
        assertClose(reduced.losses(), block.losses(), 1e-12, 0, "loss: block network vs reduced deep linear");
        assertTrue(block.losses()[0] - block.losses()[block.size() - 1] > 0.1, "the run must learn");
        for (int i = 0; i < block.size(); i++) {
            assertClose(reduced.state(i), BlockSymmetricReduction.reducedState(net, block.state(i)), 1e-12, 1e-10,
                    "reduced weights at record " + i);
        }
    }

    /** alpha = 0: W_1 stays antisymmetric to rounding, but the even channel A + B leaves zero (> 1e-2 in 300 steps). */
    @Test
    void reluBlockNetworkLeavesTheLinearSubmanifold() {
        RegressionData d = data();
        BiasFreeNetwork net = new BiasFreeNetwork(new int[] {5, 12, 12, 12, 1}, 0);
        double[] p0 = BlockSymmetricInitialisation.linearSubmanifold(net, 0.3, new SplittableRandom(5), new DMatrixRMaj[4]);
        Trajectory tr = new EulerIntegrator(LR).integrate(new NetworkGradientFlow(net, d, 1), p0,
                TimeGrid.everySteps(0, LR, 300, 300));
        double[] end = tr.finalState();
        double anti = BlockSymmetricReduction.firstLayerAntisymmetry(net, end);
        double even = Math.max(BlockSymmetricReduction.evenChannelRatio(net, end, 2),
                BlockSymmetricReduction.evenChannelRatio(net, end, 3));
        assertTrue(anti < 1e-15, "first-layer antisymmetry " + anti);
        assertTrue(even > 1e-2, "even channel ratio " + even);
        assertTrue(BlockSymmetricReduction.evenChannelRatio(net, p0, 2) == 0, "starts on the sub-manifold");
    }
}

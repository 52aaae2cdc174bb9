package org.neurotheory.relu.theory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.PairSymmetricInitialisation;
import org.neurotheory.relu.model.RegressionData;

/** Theorem A through the one definition of the linear reference network. */
class EquivalentLinearNetworkTest {
    private static final double LR = 0.05;

    private static RegressionData data() {
        double[] w = {0.8, -0.4, 0.2, 0.4, 0};
        return new SymmetricRegressionGenerator(100, 5, false, true, 0, false)
                .generate(ScalarTarget.linear(w).plus(ScalarTarget.cubicHermite(0).times(0.5)), new SplittableRandom(1));
    }

    /**
     * GD with step eta on the pair network equals {@link EquivalentLinearNetwork#of}'s own training
     * (width H/2, sqrt(1+alpha) weights, step c eta) to rounding: both sides do the same arithmetic.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 1.0})
    void pairNetworkTrainsLikeItsEquivalentLinearNetwork(double slope) {
        RegressionData d = data();
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(5, 20, 1, slope);
        double[] p0 = PairSymmetricInitialisation.gaussian(net, 1e-4, new SplittableRandom(2), new DMatrixRMaj[2]);
        Trajectory relu = new GradientDescent(LR).trajectory(new NetworkGradientFlow(net, d, 1), p0, 1500, 10);
        EquivalentLinearNetwork lin = EquivalentLinearNetwork.of(net, p0, LR);
        assertEquals(10, lin.network().width(1));
        assertEquals(1.0, lin.network().slope());
        assertEquals(0.5 * (1 + slope) * LR, lin.learningRate(), 0.0);
        assertTrue(lin.exact());
        double[] lr = relu.losses();
        double[] ll = lin.train(d, 1500, 10).losses();
        double worst = 0;
        for (int i = 0; i < lr.length; i++) {
            worst = Math.max(worst, Math.abs(lr[i] - ll[i]));
        }
        assertTrue(worst < 1e-12, "max |L_relu - L_lin| = " + worst);
        assertTrue(lr[0] - lr[lr.length - 1] > 0.3, "the run must contain the loss drop");
    }

    /** The same-weights reference: slope 1, the same (copied) parameters, the step scaled, not exact. */
    @Test
    void sameWeightsReferenceKeepsTheWeights() {
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(5, 6, 1, 0);
        double[] p0 = new double[net.parameterCount()];
        p0[3] = 0.25;
        EquivalentLinearNetwork ref = EquivalentLinearNetwork.sameWeights(net, p0, 0.1, 0.5);
        assertEquals(1.0, ref.network().slope());
        assertEquals(6, ref.network().width(1));
        assertArrayEquals(p0, ref.initialParameters(), 0.0);
        p0[3] = 1;
        assertEquals(0.25, ref.initialParameters()[3], 0.0);
        assertEquals(0.05, ref.learningRate(), 0.0);
        assertEquals(false, ref.exact());
        assertArrayEquals(new double[] {0, 0.6, 1.2}, EquivalentLinearNetwork.linearSteps(0.2, new double[] {0, 1, 2}), 1e-15);
    }
}

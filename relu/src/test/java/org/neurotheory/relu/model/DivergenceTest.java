package org.neurotheory.relu.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.ode.DivergenceException;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;

class DivergenceTest {
    /** Far too large a step blows up: an exception with the last finite weights, never silent NaN. */
    @Test
    void divergenceThrowsWithLastFiniteState() {
        RegressionData d = SymmetricRegressionGenerator.whitenedSymmetric(30, 3)
                .generate(ScalarTarget.linear(new double[] {3, 1, 1}), new SplittableRandom(1));
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(3, 10, 1, 0);
        double[] p0 = GaussianInitialisation.iid(net, 1, new SplittableRandom(2));
        DivergenceException e = assertThrows(DivergenceException.class, () -> new GradientDescent(50).trajectory(new NetworkGradientFlow(net, d, 1), p0, 1000, 10));
        for (double v : e.lastFiniteState()) {
            assertTrue(Double.isFinite(v));
        }
    }
}

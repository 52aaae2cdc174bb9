package org.neurotheory.relu.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotheory.core.ode.EulerIntegrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.PairSymmetricInitialisation;
import org.neurotheory.relu.model.RegressionData;

/**
 * Theorem A on a small version of experiment E5 (abstract claims 2 and 3): check 5, the pair network
 * trains exactly like the half-rate linear network; check 6, the antisymmetric pairs are preserved on
 * mirrored data and drift apart without mirroring.
 */
class PairEquivalenceTest {
    private static final int STEPS = 1500;
    private static final double LR = 0.05;

    private static RegressionData data(boolean mirror, long seed) {
        double[] w = {0.8, -0.4, 0.2, 0.4, 0};
        var gen = new SymmetricRegressionGenerator(100, 5, false, mirror, 0, false);
        return gen.generate(ScalarTarget.linear(w).plus(ScalarTarget.cubicHermite(0).times(0.5)), new SplittableRandom(seed));
    }

    private static Trajectory train(BiasFreeNetwork net, RegressionData d, double[] p0, double lr) {
        return new EulerIntegrator(lr).integrate(new NetworkGradientFlow(net, d, 1), p0,
                TimeGrid.everySteps(0, lr, STEPS, 10));
    }

    /**
     * Theorem A: GD with step eta on the pair network equals GD with step c eta on the width-H/2 linear
     * network from sqrt(1+alpha) times the weights. Both sides do the same arithmetic up to rounding, so
     * the loss curves agree to 1e-12 (an independent reference run measured 1e-16).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.2, 0.5, 1.0})
    void pairNetworkTrainsExactlyLikeTheLinearNetwork(double slope) {
        RegressionData d = data(true, 1);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(5, 20, 1, slope);
        double[] p0 = PairSymmetricInitialisation.gaussian(net, 1e-4, new SplittableRandom(2), new DMatrixRMaj[2]);
        Trajectory relu = train(net, d, p0, LR);
        BiasFreeNetwork lin = PairEquivalence.linearNetwork(net);
        double c = PairEquivalence.timeFactor(slope);
        Trajectory linear = train(lin, d, PairEquivalence.linearParameters(net, p0), c * LR);
        double[] lr = relu.losses();
        double[] ll = linear.losses();
        assertEquals(lr.length, ll.length);
        double worst = 0;
        for (int i = 0; i < lr.length; i++) {
            worst = Math.max(worst, Math.abs(lr[i] - ll[i]));
        }
        assertTrue(worst < 1e-12, "max |L_relu - L_lin| = " + worst);
        assertTrue(lr[0] - lr[lr.length - 1] > 0.3, "the run must contain the loss drop");
        // final loss = best-linear loss: converged (1e-6, as in experiment E5)
        assertEquals(d.bestLinearLoss(), lr[lr.length - 1], 1e-6);
        // check 6: pairing preserved to rounding for the whole run
        for (int i = 0; i < relu.size(); i++) {
            assertTrue(PairEquivalence.pairingError(net, relu.state(i)) < 1e-12, "pairing error at record " + i);
        }
    }

    /** Check 6, negative side: without mirrored data the pairs drift apart (ReLU, alpha = 0). */
    @Test
    void pairingBreaksOnUnmirroredData() {
        RegressionData d = data(false, 3);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(5, 20, 1, 0);
        double[] p0 = PairSymmetricInitialisation.gaussian(net, 1e-4, new SplittableRandom(2), new DMatrixRMaj[2]);
        Trajectory relu = train(net, d, p0, LR);
        double err = PairEquivalence.pairingError(net, relu.finalState());
        assertTrue(err > 1e-3, "pairing error on unmirrored data = " + err);
    }

    /**
     * The per-layer errors are the public form of the figure's pairing curve: their maximum is
     * {@link PairEquivalence#pairingError} exactly, and a hand-made break of one layer shows up in
     * that layer only (readout sum a_h + a_{h+H/2} = 0.1 against |a_left| = 1: error 0.1).
     */
    @Test
    void pairingErrorsSeparateTheLayers() {
        RegressionData d = data(false, 3);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(5, 20, 1, 0);
        double[] p0 = PairSymmetricInitialisation.gaussian(net, 1e-4, new SplittableRandom(2), new DMatrixRMaj[2]);
        Trajectory relu = train(net, d, p0, LR);
        double[] e = PairEquivalence.pairingErrors(net, relu.finalState());
        assertEquals(2, e.length);
        assertEquals(Math.max(e[0], e[1]), PairEquivalence.pairingError(net, relu.finalState()), 0.0);

        DMatrixRMaj w = new DMatrixRMaj(4, 2);
        DMatrixRMaj a = new DMatrixRMaj(1, 4);
        BiasFreeNetwork small = BiasFreeNetwork.twoLayer(2, 4, 1, 0);
        for (int h = 0; h < 2; h++) {
            for (int j = 0; j < 2; j++) {
                w.set(h, j, 1 + h + j);
                w.set(h + 2, j, -(1 + h + j));
            }
        }
        a.set(0, 0, 1);
        a.set(0, 2, -0.9);
        double[] broken = PairEquivalence.pairingErrors(small, small.pack(w, a));
        assertEquals(0.0, broken[0], 0.0);
        assertEquals(0.1, broken[1], 1e-12);
    }
}

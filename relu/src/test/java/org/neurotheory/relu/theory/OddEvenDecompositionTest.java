package org.neurotheory.relu.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurotheory.core.testing.Assertions.assertClose;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.GaussianInitialisation;
import org.neurotheory.relu.model.PairSymmetricInitialisation;

/**
 * Three checks of the reconstruction (docs/papers/relu.md), numbered for the methods below: 1, the
 * odd/even decomposition f_o = ((1+alpha)/2) a^T W x, f_e = ((1-alpha)/2) sum_h a_h |w_h.x| and positive
 * homogeneity; 2, a two-layer bias-free network that computes an odd function is linear (abstract claim 1);
 * 3, an explicit three-layer network computes an odd nonlinear function (depth separation, abstract claim 4).
 */
class OddEvenDecompositionTest {

    private static double[] gaussian(int n, SplittableRandom rng) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
        }
        return x;
    }

    /** Check 1: both closed forms equal the two-pass definitions to rounding (1e-14 on O(1) outputs). */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 1.0})
    void twoLayerOddPartIsLinearAndEvenPartIsAbsoluteValues(double slope) {
        SplittableRandom rng = new SplittableRandom(1);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(5, 12, 2, slope);
        double[] p = GaussianInitialisation.iid(net, 0.5, rng);
        for (int trial = 0; trial < 50; trial++) {
            double[] x = gaussian(5, rng);
            assertClose(OddEvenDecomposition.twoLayerOddPart(net, p, x), OddEvenDecomposition.oddPart(net, p, x),
                    1e-14, 1e-14, "odd part");
            assertClose(OddEvenDecomposition.twoLayerEvenPart(net, p, x), OddEvenDecomposition.evenPart(net, p, x),
                    1e-14, 1e-14, "even part");
        }
    }

    /** Check 1: positive homogeneity f(cx) = c f(x) for any depth (rounding only). */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5})
    void everyDepthIsPositivelyHomogeneous(int depth) {
        SplittableRandom rng = new SplittableRandom(depth);
        int[] widths = new int[depth + 1];
        Arrays.fill(widths, 7);
        widths[0] = 3;
        widths[depth] = 1;
        BiasFreeNetwork net = new BiasFreeNetwork(widths, 0.1);
        double[] p = GaussianInitialisation.iid(net, 0.6, rng);
        for (int trial = 0; trial < 20; trial++) {
            double[] x = gaussian(3, rng);
            double c = 0.1 + 5 * rng.nextDouble();
            double[] cx = x.clone();
            for (int i = 0; i < cx.length; i++) {
                cx[i] *= c;
            }
            assertEquals(c * net.output(p, x)[0], net.output(p, cx)[0], 1e-13 * (1 + Math.abs(c * net.output(p, x)[0])));
        }
    }

    /** Check 2: a random ReLU net is not odd (even part clearly non-zero); a pair-symmetric net is exactly linear. */
    @Test
    void oddNetworksAreLinear() {
        SplittableRandom rng = new SplittableRandom(5);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(4, 10, 1, 0.0);
        double[] random = GaussianInitialisation.iid(net, 1, rng);
        double maxEven = 0;
        for (int trial = 0; trial < 200; trial++) {
            maxEven = Math.max(maxEven, Math.abs(OddEvenDecomposition.evenPart(net, random, gaussian(4, rng))[0]));
        }
        assertTrue(maxEven > 0.1, "a random bias-free ReLU net has a non-zero even part: " + maxEven);

        for (double slope : new double[] {0, 0.4, 1}) {
            BiasFreeNetwork pairNet = net.withSlope(slope);
            DMatrixRMaj[] base = new DMatrixRMaj[2];
            double[] p = PairSymmetricInitialisation.gaussian(pairNet, 1, rng, base);
            double k = 1 / Math.sqrt(1 + slope);
            for (int trial = 0; trial < 100; trial++) {
                double[] x = gaussian(4, rng);
                double linear = 0;
                for (int h = 0; h < 5; h++) {
                    double z = 0;
                    for (int j = 0; j < 4; j++) {
                        z += k * base[0].get(h, j) * x[j];
                    }
                    linear += (1 + slope) * k * base[1].get(0, h) * z;
                }
                assertEquals(linear, pairNet.output(p, x)[0], 1e-13, "pair net = (1+alpha) sum a_h w_h.x");
                assertEquals(0, OddEvenDecomposition.evenPart(pairNet, p, x)[0], 1e-14, "pair net has no even part");
            }
        }
    }

    /** Check 3: the explicit three-layer network is odd, nonlinear and equals g. */
    @Test
    void depthSeparationExample() {
        BiasFreeNetwork net = DepthSeparationNetwork.architecture();
        double[] p = DepthSeparationNetwork.parameters();
        assertEquals(1, net.output(p, new double[] {1, 0})[0], 0);
        assertEquals(0, net.output(p, new double[] {1, 1})[0], 0);
        assertEquals(0, net.output(p, new double[] {1, 2})[0], 0);
        assertEquals(1, net.output(p, new double[] {2, 1})[0], 0);
        assertEquals(0, net.output(p, new double[] {0, 1})[0], 0);
        // not linear: g(1,0) + g(0,1) = 1 != g(1,1) = 0
        SplittableRandom rng = new SplittableRandom(9);
        for (int trial = 0; trial < 200; trial++) {
            double[] x = gaussian(2, rng);
            double[] mx = {-x[0], -x[1]};
            assertEquals(-net.output(p, x)[0], net.output(p, mx)[0], 1e-15, "odd");
            assertEquals(DepthSeparationNetwork.value(x[0], x[1]), net.output(p, x)[0], 1e-14, "equals g");
        }
    }

    /**
     * Best-linear floors that no two-layer network can beat on an odd target (abstract claim 1), for
     * Gaussian inputs: y = x^3 in 1-D gives 3, y = x1 x2 x3 gives 1/2.
     */
    @Test
    void populationFloors() {
        assertEquals(3, ExpressivityFloor.gaussianCube(), 1e-12);
        assertEquals(0.5, ExpressivityFloor.population(1, new double[] {0, 0, 0},
                CommonOps_DDRM.identity(3)), 1e-15);
        assertEquals(15, ExpressivityFloor.gaussianMoment(6), 0);
        assertEquals(0, ExpressivityFloor.gaussianMoment(5), 0);
    }

    /** In D = 1 every depth computes c+ x / c- x (positive homogeneity): the odd part is linear, so depth cannot help. */
    @Test
    void oneDimensionalNetworksOfAnyDepthHaveLinearOddPart() {
        SplittableRandom rng = new SplittableRandom(13);
        BiasFreeNetwork net = new BiasFreeNetwork(new int[] {1, 8, 8, 8, 1}, 0);
        double[] p = GaussianInitialisation.iid(net, 0.8, rng);
        double[] c = OddEvenDecomposition.oneDimensionalSlopes(net, p);
        for (int trial = 0; trial < 100; trial++) {
            double x = 3 * rng.nextGaussian();
            assertEquals((x > 0 ? c[0] : c[1]) * x, net.output(p, new double[] {x})[0], 1e-13 * (1 + Math.abs(x)));
            assertEquals(0.5 * (c[0] + c[1]) * x, OddEvenDecomposition.oddPart(net, p, new double[] {x})[0],
                    1e-13 * (1 + Math.abs(x)));
        }
    }
}

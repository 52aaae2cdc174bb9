package org.neurotheory.sparsity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.Parameter;
import org.neurotheory.core.nn.PowerReparameterisation;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.testing.GradientCheck;

/** The small CNN of Fig. 2: Powerprop through core's reparameterisation hook on convolution kernels too. */
class PowerpropCnnTest {
    private static final int SIDE = 8;

    private static Batch batch(long seed, int n) {
        var rng = Seeds.stream(seed);
        double[] x = new double[n * SIDE * SIDE];
        int[] labels = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(10);
        }
        return Batch.of(Nd4j.create(x, new long[] {n, 1, SIDE, SIDE}, DataType.DOUBLE), labels);
    }

    /** Every kernel (two convolutions, two dense layers) carries the Powerprop reparameterisation for alpha > 1. */
    @Test
    void everyKernelIsReparameterised() {
        List<Parameter> k = PowerpropCnn.kernels(PowerpropCnn.build(SIDE, 2, 3, 5, 3, 1));
        assertEquals(4, k.size());
        for (Parameter p : k) {
            assertTrue(p.reparameterisation() instanceof PowerReparameterisation r && r.alpha() == 3, p.name());
        }
        assertTrue(PowerpropCnn.kernels(PowerpropCnn.build(SIDE, 2, 3, 5, 1, 1)).stream().allMatch(p -> p.reparameterisation() == null));
    }

    /**
     * dL/dpsi through conv and dense kernels against central finite differences, relative error < 1e-5
     * (im2col sums of 9-18 terms in double carry a little more rounding than the MLP's 1e-6 check).
     * Biases are set to non-zero values first: with the zero initial biases a unit whose inputs are all
     * zero sits exactly on ReLU's kink, where the difference quotient sees half the slope.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 3.5})
    void gradientsMatchFiniteDifferences(double alpha) {
        Sequential net = PowerpropCnn.build(SIDE, 2, 3, 5, alpha, 3).castTo(DataType.DOUBLE);
        var rng = Seeds.stream(11);
        for (Parameter p : net.parameters()) {
            if (p.name().endsWith("bias")) {
                INDArray b = p.value();
                for (long i = 0; i < b.length(); i++) {
                    b.putScalar(i, 0.1 + 0.1 * rng.nextDouble());
                }
                p.markUpdated();
            }
        }
        GradientCheck.assertGradients(net, new SoftmaxCrossEntropy(), batch(4, 3), 1e-5);
    }

    /** Every alpha starts from the baseline's effective weights (float32 round trip: a few ulps). */
    @ParameterizedTest
    @ValueSource(doubles = {2, 3})
    void everyAlphaStartsFromTheBaselineWeights(double alpha) {
        List<Parameter> base = PowerpropCnn.kernels(PowerpropCnn.build(SIDE, 2, 3, 5, 1, 9));
        List<Parameter> pp = PowerpropCnn.kernels(PowerpropCnn.build(SIDE, 2, 3, 5, alpha, 9));
        for (int l = 0; l < base.size(); l++) {
            float[] w0 = base.get(l).effective().dup().reshape(-1).toFloatVector();
            float[] w1 = pp.get(l).effective().dup().reshape(-1).toFloatVector();
            for (int i = 0; i < w0.length; i++) {
                assertEquals(w0[i], w1[i], 4e-6 * Math.abs(w0[i]) + 1e-12);
            }
        }
    }

    /** A convolution weight at psi = 0 stays exactly 0 through 50 SGD steps (alpha > 1). */
    @Test
    void zeroIsAFixedPointOfAConvolutionKernel() {
        Sequential net = PowerpropCnn.build(SIDE, 2, 3, 5, 2, 6).castTo(DataType.DOUBLE);
        Parameter conv = PowerpropCnn.kernels(net).get(1);
        INDArray psi = conv.value();
        long[] zeros = {0, 7, 20};
        for (long i : zeros) {
            psi.putScalar(i, 0.0);
        }
        conv.markUpdated();
        Sgd sgd = new Sgd(0.1);
        for (int s = 0; s < 50; s++) {
            Batch b = batch(100 + s, 4);
            INDArray out = net.forward(b.input(), true);
            INDArray g = out.ulike();
            new SoftmaxCrossEntropy().evaluate(out, b, g);
            net.backward(g, false);
            net.finishGradients();
            sgd.step(net.trainableParameters(), 0.1);
        }
        for (long i : zeros) {
            assertEquals(0.0, psi.getDouble(i));
        }
        assertTrue(psi.getDouble(1) != 0);
    }
}

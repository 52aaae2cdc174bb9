package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neurotheory.core.testing.GradientCheck.assertGradients;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Every hand-written gradient of the dense path against central finite differences (double). */
class GradientTest {
    private static final double TOL = 1e-5;

    @Test
    void denseWithSoftmaxCrossEntropy() {
        Sequential net = Sequential.of(new Dense(6, 4)).initialised(1).castTo(DataType.DOUBLE);
        assertGradients(net, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(2, 5, 4, 6), TOL);
    }

    @Test
    void denseFlattensImageInput() {
        Sequential net = Sequential.of(new Dense(2 * 3 * 2, 3)).initialised(3).castTo(DataType.DOUBLE);
        assertGradients(net, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(4, 3, 3, 2, 3, 2), TOL);
    }

    @Test
    void mlpWithReluAndLeakyRelu() {
        Sequential net = Sequential.of(new Dense(7, 6), new Relu(), new Dense(6, 5), new LeakyRelu(0.1), new Dense(5, 3))
                .initialised(5).castTo(DataType.DOUBLE);
        assertGradients(net, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(6, 8, 3, 7), TOL);
    }

    @Test
    void squaredErrorWithTargetsAndWithLabels() {
        Sequential net = Sequential.of(new Dense(4, 5), new LeakyRelu(0.01), new Dense(5, 3)).initialised(7).castTo(DataType.DOUBLE);
        Batch labelled = NnFixtures.randomBatch(8, 5, 3, 4);
        assertGradients(net, new SquaredError(), labelled, TOL);
        Batch regression = new Batch(labelled.input(), null, NnFixtures.random(9, 5, 3));
        assertGradients(net, new SquaredError(), regression, TOL);
    }

    @Test
    void denseWithoutBias() {
        Sequential net = Sequential.of(new Dense(null, 5, 4, false, Init.heNormal(), null)).initialised(10).castTo(DataType.DOUBLE);
        assertEquals(1, net.parameters().size());
        assertGradients(net, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(11, 4, 4, 5), TOL);
    }

    @Test
    void powerpropChainRuleForIntegerAndFractionalAlpha() {
        for (double alpha : new double[] {1.0, 2.0, 3.0, 2.5}) {
            Dense d1 = new Dense(6, 5);
            Dense d2 = new Dense(5, 3);
            Sequential net = Sequential.of(d1, new Relu(), d2).initialised(12).castTo(DataType.DOUBLE);
            INDArray before = d1.weight().effective().dup();
            d1.weight().reparameterise(new PowerReparameterisation(alpha));
            d2.weight().reparameterise(new PowerReparameterisation(alpha));
            // psi0 = sign(w0)|w0|^(1/alpha) leaves the effective weight unchanged
            assertEquals(0, before.sub(d1.weight().effective()).amaxNumber().doubleValue(), 1e-14);
            assertGradients(net, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(13, 6, 3, 6), TOL);
        }
    }

    @Test
    void maskedWeightsStayZeroAndGetNoGradient() {
        Dense d = new Dense(5, 4);
        Sequential net = Sequential.of(d, new Relu(), new Dense(4, 3)).initialised(14).castTo(DataType.DOUBLE);
        INDArray mask = Nd4j.ones(DataType.DOUBLE, 5, 4);
        mask.putScalar(0, 0, 0);
        mask.putScalar(3, 2, 0);
        d.weight().setMask(mask).reparameterise(new PowerReparameterisation(2));
        Batch b = NnFixtures.randomBatch(15, 6, 3, 5);
        assertGradients(net, new SoftmaxCrossEntropy(), b, TOL);
        assertEquals(0.0, Math.abs(d.weight().effective().getDouble(0, 0)));
        assertEquals(0.0, Math.abs(d.weight().gradient().getDouble(0, 0)));
        assertEquals(0.0, Math.abs(d.weight().gradient().getDouble(3, 2)));
    }
}

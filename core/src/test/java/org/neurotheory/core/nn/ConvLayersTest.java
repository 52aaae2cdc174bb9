package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurotheory.core.testing.GradientCheck.assertGradients;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Convolution, locally connected, pooling, batch norm and dropout: gradients and equivalences. */
class ConvLayersTest {
    private static final double TOL = 1e-5;

    @Test
    void convGradientsWithPaddingAndStride() {
        for (int stride : new int[] {1, 2}) {
            ConvGeometry g = new ConvGeometry(2, 6, 6, 3, stride, 1);
            Sequential net = Sequential.of(new Conv2d(g, 3), new Relu(), Pool2d.globalAverage(), new Dense(3, 4))
                    .initialised(1).castTo(DataType.DOUBLE);
            assertGradients(net, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(2, 3, 4, 2, 6, 6), TOL);
        }
    }

    @Test
    void locallyConnectedGradients() {
        ConvGeometry g = new ConvGeometry(2, 5, 5, 3, 2, 1);
        Sequential net = Sequential.of(new LocallyConnected2d(g, 3), new LeakyRelu(0.1), new Dense(3 * 3 * 3, 4))
                .initialised(3).castTo(DataType.DOUBLE);
        assertGradients(net, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(4, 3, 4, 2, 5, 5), TOL);
    }

    @Test
    void locallyConnectedWithEqualWeightsIsTheConvolution() {
        for (int[] c : new int[][] {{1, 1, 0, 4}, {3, 1, 1, 8}, {3, 2, 1, 8}, {3, 4, 1, 8}, {1, 2, 0, 6}}) {
            ConvGeometry g = new ConvGeometry(3, c[3], c[3], c[0], c[1], c[2]);
            Conv2d conv = new Conv2d(g, 4);
            LocallyConnected2d lc = new LocallyConnected2d(g, 4);
            Sequential.of(conv).initialise(5);
            lc.copyFrom(conv);
            INDArray x = NnFixtures.random(6, 2, 3, c[3], c[3]).castTo(DataType.FLOAT);
            INDArray a = conv.forward(x, true).dup();
            INDArray b = lc.forward(x, true).dup();
            // float32 sums of up to 27 products in different orders: 1e-6 relative to O(1) outputs
            assertEquals(0, a.sub(b).amaxNumber().doubleValue(), 1e-5, () -> "geometry " + g);
            INDArray go = NnFixtures.random(7, a.shape()).castTo(DataType.FLOAT);
            INDArray ga = conv.backward(go, true).dup();
            INDArray gb = lc.backward(go, true).dup();
            assertEquals(0, ga.sub(gb).amaxNumber().doubleValue(), 1e-5);
            // the LC weight gradient summed over positions is the conv weight gradient
            INDArray summed = lc.weight().gradient().sum(0).transpose();
            assertEquals(0, summed.sub(conv.weight().gradient()).amaxNumber().doubleValue(), 1e-4);
        }
    }

    @Test
    void poolingGradients() {
        Sequential max = Sequential.of(Pool2d.max(2, 2), new Dense(2 * 2 * 2, 3)).initialised(8).castTo(DataType.DOUBLE);
        assertGradients(max, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(9, 3, 3, 2, 4, 5), TOL);
        Sequential avg = Sequential.of(Pool2d.average(3, 1), new Dense(2 * 2 * 3, 3)).initialised(10).castTo(DataType.DOUBLE);
        assertGradients(avg, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(11, 3, 3, 2, 4, 5), TOL);
    }

    @Test
    void batchNormGradientsAndRunningStatistics() {
        Sequential dense = Sequential.of(new Dense(5, 4), new BatchNorm(4), new Relu(), new Dense(4, 3)).initialised(12)
                .castTo(DataType.DOUBLE);
        assertGradients(dense, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(13, 6, 3, 5), TOL);
        ConvGeometry g = new ConvGeometry(2, 4, 4, 3, 1, 1);
        BatchNorm bn = new BatchNorm(3);
        Sequential conv = Sequential.of(new Conv2d(g, 3), bn, new Relu(), Pool2d.globalAverage(), new Dense(3, 3)).initialised(14)
                .castTo(DataType.DOUBLE);
        assertGradients(conv, new SoftmaxCrossEntropy(), NnFixtures.randomBatch(15, 4, 3, 2, 4, 4), TOL);

        // running statistics: after one training pass on x, running = 0.9 init + 0.1 batch (unbiased variance)
        BatchNorm fresh = new BatchNorm(2);
        Sequential.of(fresh).initialised(0).castTo(DataType.DOUBLE);
        INDArray x = NnFixtures.random(16, 8, 2);
        fresh.forward(x, true);
        double mean0 = x.getColumn(0).meanNumber().doubleValue();
        double var0 = x.getColumn(0).varNumber().doubleValue(); // unbiased
        assertEquals(0.1 * mean0, fresh.parameters().get(2).value().getDouble(0), 1e-12);
        assertEquals(0.9 + 0.1 * var0, fresh.parameters().get(3).value().getDouble(0), 1e-12);
        // evaluation uses the running statistics
        INDArray y = fresh.forward(x, false);
        double expected = (x.getDouble(0, 0) - 0.1 * mean0) / Math.sqrt(0.9 + 0.1 * var0 + 1e-5);
        assertEquals(expected, y.getDouble(0, 0), 1e-12);
    }

    @Test
    void dropoutScalesKeptEntriesAndRoutesTheGradientThroughThem() {
        Dropout d = new Dropout(0.25);
        Sequential.of(d).initialised(17).castTo(DataType.DOUBLE);
        INDArray x = NnFixtures.random(18, 200, 50);
        INDArray y = d.forward(x, true).dup();
        INDArray g = d.backward(NnFixtures.random(19, 200, 50).assign(1.0), true);
        int kept = 0;
        for (int i = 0; i < 200 * 50; i++) {
            double r = y.getDouble(i) / x.getDouble(i);
            assertTrue(Math.abs(r) < 1e-12 || Math.abs(r - 1 / 0.75) < 1e-12);
            assertEquals(Math.abs(r) < 1e-12 ? 0 : 1 / 0.75, g.getDouble(i), 1e-12);
            kept += Math.abs(r) < 1e-12 ? 0 : 1;
        }
        // binomial(10000, 0.75): mean 7500, sd 43; 5 sd
        assertEquals(7500, kept, 5 * 43.3);
        assertEquals(x, d.forward(x, false));
    }
}

package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.data.ImageDataset;

/** {@link BatchNormStatistics}: exact per-channel statistics of each batch-norm input in evaluation mode. */
class BatchNormStatisticsTest {
    private static ImageDataset images(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] p = new float[n * 2 * 5 * 5];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (rng.nextGaussian() * 2 + 1);
        }
        return new ImageDataset("random", 2, 5, 5, 3, p, new int[n]);
    }

    private static Sequential network() {
        Sequential net = Sequential.of(new Conv2d(new ConvGeometry(2, 5, 5, 3, 1, 1), 3), new BatchNorm(3), new Relu(),
                new Conv2d(new ConvGeometry(3, 5, 5, 3, 2, 1), 4), new BatchNorm(4), new Relu(),
                Pool2d.globalAverage(), new Dense(4, 3)).initialised(21).castTo(DataType.DOUBLE);
        // non-trivial affine maps, so the second layer's statistics depend on the first's gamma and beta
        for (Layer l : net.layers()) {
            if (l instanceof BatchNorm bn) {
                bn.parameters().get(0).value().assign(1.7);
                bn.parameters().get(1).value().assign(-0.4);
            }
        }
        return net;
    }

    /** Mean and unbiased variance per channel of the input of layer {@code j}, the whole set as one batch, evaluation mode. */
    private static double[][] direct(Sequential net, ImageDataset data, int j, int channels) {
        INDArray x = new BatchLoader(data, DataType.DOUBLE).load(null, 0, data.size()).input();
        for (int i = 0; i < j; i++) {
            x = net.layer(i).forward(x, false);
        }
        double[] v = Tensors.toDoubles(x);
        int per = (int) (x.length() / (x.size(0) * channels));
        double[][] out = new double[2][channels];
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            double sq = 0;
            int n = 0;
            for (int s = 0; s < x.size(0); s++) {
                for (int q = 0; q < per; q++) {
                    double e = v[(s * channels + c) * per + q];
                    sum += e;
                    sq += e * e;
                    n++;
                }
            }
            out[0][c] = sum / n;
            out[1][c] = (sq - sum * sum / n) / (n - 1);
        }
        return out;
    }

    private static double[] stat(BatchNorm bn, int which) {
        return Tensors.toDoubles(bn.parameters().get(which).value());
    }

    @Test
    void runningStatisticsEqualTheEvaluationModeMomentsOfEachInput() {
        ImageDataset data = images(10, 3);
        Sequential net = network();
        double[] gammaBefore = stat((BatchNorm) net.layer(1), 0);
        assertEquals(2, BatchNormStatistics.recompute(net, data, 3)); // batches of 3, 3, 3, 1
        for (int j : new int[] {1, 4}) {
            BatchNorm bn = (BatchNorm) net.layer(j);
            double[][] d = direct(net, data, j, bn.features());
            // double precision, 250 and 40 values per channel: rounding only
            assertArrayEquals(d[0], stat(bn, 2), 1e-12, "mean of layer " + j);
            assertArrayEquals(d[1], stat(bn, 3), 1e-12, "variance of layer " + j);
            assertTrue(d[1][0] > 0.05, "non-trivial variance " + d[1][0]);
        }
        assertArrayEquals(gammaBefore, stat((BatchNorm) net.layer(1), 0), 0.0, "trained parameters untouched");
        // the first layer's input has the data's statistics far from the initial running (0, 1): recompute moved them
        assertTrue(Math.abs(stat((BatchNorm) net.layer(1), 2)[0]) > 0.01);
    }

    @Test
    void resultDoesNotDependOnTheBatchSize() {
        ImageDataset data = images(10, 4);
        Sequential a = network();
        Sequential b = network();
        BatchNormStatistics.recompute(a, data, 10);
        BatchNormStatistics.recompute(b, data, 4);
        for (int j : new int[] {1, 4}) {
            assertArrayEquals(stat((BatchNorm) a.layer(j), 2), stat((BatchNorm) b.layer(j), 2), 1e-12);
            assertArrayEquals(stat((BatchNorm) a.layer(j), 3), stat((BatchNorm) b.layer(j), 3), 1e-12);
        }
    }

    @Test
    void badInput() {
        ImageDataset data = images(4, 5);
        assertThrows(IllegalArgumentException.class, () -> BatchNormStatistics.recompute(network(), data, 0));
        assertThrows(IllegalArgumentException.class, () -> BatchNormStatistics.recompute(network(), images(1, 6), 1));
        Sequential nested = Sequential.of(new Sequential("inner", List.of(new Dense(50, 3), new BatchNorm(3))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchNormStatistics.recompute(nested, data, 2));
        assertTrue(e.getMessage().contains("inner"), e.getMessage());
    }
}

package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.data.ImageDataset;

/**
 * Same seed, same bytes at any thread count: training with OpenBLAS and ND4J's OpenMP limited to
 * one thread gives the same weights as with two (the element-wise kernels of core.nn are
 * single-threaded and its products put OpenBLAS back on one thread). This network's products are
 * below OpenBLAS's threading threshold; {@link StartupThreadCountTest} covers larger ones and the
 * thread count a JVM starts with.
 */
class ThreadCountTest {
    private static float[][] train(int threads) {
        int blas = Nd4j.factory().blas().getMaxThreads();
        int omp = Nd4j.getEnvironment().maxThreads();
        try {
            Nd4j.factory().blas().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxThreads(threads);
            assertEquals(threads, Nd4j.factory().blas().getMaxThreads());
            // synthetic 6x6 images with labels from a fixed rule (no data files needed)
            int n = 96;
            float[] px = new float[n * 36];
            int[] labels = new int[n];
            SplittableRandom rng = new SplittableRandom(3);
            for (int i = 0; i < px.length; i++) {
                px[i] = (float) rng.nextDouble();
            }
            for (int i = 0; i < n; i++) {
                labels[i] = px[i * 36] > 0.5 ? 1 : 0;
            }
            ImageDataset data = new ImageDataset("synthetic", 1, 6, 6, 2, px, labels);
            Sequential net = Sequential.of(new Conv2d(new ConvGeometry(1, 6, 6, 3, 1, 1), 4), new BatchNorm(4), new Relu(),
                    new LocallyConnected2d(new ConvGeometry(4, 6, 6, 3, 2, 1), 4), new Relu(), Pool2d.max(3, 3), new Dropout(0.1),
                    new Dense(4, 64), new Relu(), new Dense(64, 2)).initialised(11);
            new Trainer(net, new SoftmaxCrossEntropy(), Adam.adamW(1e-2, 1e-2), TrainingConfig.of(2, 32, 5)).fit(data, null);
            List<Parameter> ps = net.parameters();
            float[][] out = new float[ps.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = ps.get(i).value().castTo(DataType.FLOAT).data().asFloat();
            }
            return out;
        } finally {
            Nd4j.factory().blas().setMaxThreads(blas);
            Nd4j.getEnvironment().setMaxThreads(omp);
        }
    }

    @Test
    void oneAndTwoThreadsGiveTheSameBytes() {
        float[][] one = train(1);
        float[][] two = train(2);
        for (int i = 0; i < one.length; i++) {
            assertArrayEquals(one[i], two[i], 0f, "parameter " + i);
        }
    }
}

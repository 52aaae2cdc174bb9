package org.neurotheory.core.nn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.data.IdxReader;
import org.neurotheory.core.data.ImageDataset;

/** Test data for the nn tests: seeded random batches and Debian's Fashion-MNIST. */
final class NnFixtures {
    static final Path FASHION = Path.of("/usr/share/datasets/fashion-mnist");

    private NnFixtures() {
    }

    /** A DOUBLE batch of standard normal inputs of the given per-sample shape with labels in [0, classes). */
    static Batch randomBatch(long seed, int batch, int classes, long... sampleShape) {
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = batch;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        INDArray x = random(seed, shape);
        SplittableRandom rng = new SplittableRandom(seed + 1);
        int[] labels = new int[batch];
        for (int i = 0; i < batch; i++) {
            labels[i] = rng.nextInt(classes);
        }
        return Batch.of(x, labels);
    }

    /** A DOUBLE array of standard normal entries. */
    static INDArray random(long seed, long... shape) {
        SplittableRandom rng = new SplittableRandom(seed);
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        double[] v = new double[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        return Nd4j.create(v, shape, DataType.DOUBLE);
    }

    static boolean haveFashion() {
        return Files.exists(FASHION.resolve("train-images-idx3-ubyte.gz"));
    }

    static ImageDataset fashion(String split) {
        return ImageDataset.of("fashion-mnist/" + split, IdxReader.readSplit(FASHION, split), 10);
    }
}

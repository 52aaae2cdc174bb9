package org.neurotheory.core.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;

/**
 * Weight initialisers. Each draws {@code fanIn}/{@code fanOut}-scaled values from a seeded
 * generator in Java (so the bytes depend only on the seed) and copies them into the tensor.
 */
@FunctionalInterface
public interface Init {
    /** The value of entry i (row-major) given the layer's fan-in and fan-out. */
    double sample(SplittableRandom rng, int fanIn, int fanOut);

    /** A tensor of {@code shape} filled from {@code seed}. */
    default INDArray create(long seed, int fanIn, int fanOut, DataType type, long... shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) {
            v[i] = sample(rng, fanIn, fanOut);
        }
        return Nd4j.create(v, shape, DataType.DOUBLE).castTo(type);
    }

    /** All zeros (PyTorch's and Sonnet's bias default where stated). */
    static Init zeros() {
        return (rng, fanIn, fanOut) -> 0.0;
    }

    /** U(-1/sqrt(fanIn), 1/sqrt(fanIn)): PyTorch's default for {@code Linear}/{@code Conv2d} weights and biases. */
    static Init uniformFanIn() {
        return (rng, fanIn, fanOut) -> {
            double b = 1.0 / Math.sqrt(fanIn);
            return (2 * rng.nextDouble() - 1) * b;
        };
    }

    /** N(0, 2/fanIn): He et al. (2015), "kaiming normal, fan_in, ReLU". */
    static Init heNormal() {
        return (rng, fanIn, fanOut) -> Math.sqrt(2.0 / fanIn) * rng.nextGaussian();
    }

    /** N(0, 2/fanOut): "kaiming normal, fan_out, ReLU" (ResNet convolutions). */
    static Init heNormalFanOut() {
        return (rng, fanIn, fanOut) -> Math.sqrt(2.0 / fanOut) * rng.nextGaussian();
    }

    /**
     * Sonnet's {@code VarianceScaling(scale, fan_in, truncated_normal)}: N(0, std^2) truncated to
     * +-2 std (redrawn outside) with std = sqrt(scale/fanIn)/0.87962566103423978.
     */
    static Init truncatedNormalFanIn(double scale) {
        Require.positive("scale", scale);
        return (rng, fanIn, fanOut) -> {
            double std = Math.sqrt(scale / fanIn) / 0.87962566103423978;
            double z;
            do {
                z = rng.nextGaussian();
            } while (Math.abs(z) > 2);
            return std * z;
        };
    }
}

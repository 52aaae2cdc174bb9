package org.neurotheory.bioplausible.hsic.experiments;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * The toy task of our Fig. 2 demonstration (the online two-point 3-factor rule of the paper's
 * Fig. 2, which the paper draws as a schematic without a task): {@code C} Gaussian class clusters
 * in {@code d} dimensions, class means drawn once from {@code N(0, I)}, an input of class {@code y}
 * is its mean plus {@code N(0, I)} noise.
 */
public final class ToyClusters {
    private final double[][] means;

    /**
     * A batch of inputs with their labels.
     *
     * @param x inputs, one row per sample
     * @param y class labels in [0, C)
     */
    public record Batch(double[][] x, int[] y) {
    }

    /**
     * @param classes number of classes C {@code >= 2}
     * @param inputs  input dimension d {@code >= 1}
     * @param seed    seed of the class means
     */
    public ToyClusters(int classes, int inputs, long seed) {
        Require.that(classes >= 2, "classes", classes, "must be >= 2");
        Require.positive("inputs", inputs);
        SplittableRandom rng = Seeds.stream(seed);
        means = new double[classes][inputs];
        for (double[] m : means) {
            Seeds.gaussian(rng, m);
        }
    }

    /** Number of classes C. */
    public int classes() {
        return means.length;
    }

    /** Input dimension d. */
    public int inputs() {
        return means[0].length;
    }

    /** One input of class {@code label}, drawn from {@code rng}. */
    public double[] sample(int label, SplittableRandom rng) {
        Require.inRange("label", label, 0, means.length - 1);
        double[] x = Seeds.gaussian(rng, new double[means[label].length]);
        for (int b = 0; b < x.length; b++) {
            x[b] += means[label][b];
        }
        return x;
    }

    /**
     * A class-balanced batch (sample {@code i} has label {@code i mod C}), as the figure's held-out
     * evaluation batch.
     *
     * @param size number of samples {@code >= C}
     * @param seed seed of the noise
     */
    public Batch balanced(int size, long seed) {
        Require.that(size >= means.length, "size", size, "must be >= classes = " + means.length);
        SplittableRandom rng = Seeds.stream(seed);
        double[][] x = new double[size][];
        int[] y = new int[size];
        for (int i = 0; i < size; i++) {
            y[i] = i % means.length;
            x[i] = sample(y[i], rng);
        }
        return new Batch(x, y);
    }
}

package org.neurotheory.bioplausible.hsic.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * One fully connected layer without bias, {@code z = phi(W x)} with {@code phi} = LeakyReLU, as
 * plain {@code double[][]} weights (n x n_in): the layer whose update (E3) {@link HebbianRule} and
 * {@link TwoPointRule} write as 3-factor rules, and the network of our Fig. 2 demonstration.
 */
public final class LeakyReluLayer {
    private LeakyReluLayer() {
    }

    /**
     * Initial weights drawn uniformly from {@code [-1/sqrt(n_in), 1/sqrt(n_in))} (the scale of
     * PyTorch's default linear-layer initialisation, which the paper's code uses).
     *
     * @param width  number of units n {@code >= 1}
     * @param inputs number of inputs n_in {@code >= 1}
     * @param seed   seed of the draw
     */
    public static double[][] uniformWeights(int width, int inputs, long seed) {
        Require.positive("width", width);
        Require.positive("inputs", inputs);
        SplittableRandom rng = Seeds.stream(seed);
        double bound = 1 / Math.sqrt(inputs);
        double[][] w = new double[width][inputs];
        for (double[] row : w) {
            for (int b = 0; b < inputs; b++) {
                row[b] = (2 * rng.nextDouble() - 1) * bound;
            }
        }
        return w;
    }

    /** Pre-activations {@code u_i = W x_i} of a batch (one row per sample), m x n. */
    public static double[][] preActivity(double[][] w, double[][] x) {
        double[][] u = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            u[i] = TwoPointRule.multiply(w, x[i]);
        }
        return u;
    }

    /**
     * Activity {@code z = phi(u)} of pre-activations u (m x n) as a float64 array.
     *
     * @param slope LeakyReLU negative slope in [0, 1]
     */
    public static INDArray activity(double[][] u, double slope) {
        Require.probability("slope", slope);
        double[][] z = new double[u.length][];
        for (int i = 0; i < u.length; i++) {
            z[i] = new double[u[i].length];
            for (int a = 0; a < z[i].length; a++) {
                z[i][a] = u[i][a] > 0 ? u[i][a] : slope * u[i][a];
            }
        }
        return Nd4j.create(z);
    }
}

package org.neurotheory.sparsity.model;

import org.neurotheory.core.Require;

/**
 * One-shot layer-wise magnitude pruning after training, as in Fig. 1a and the paper's notebook:
 * at keep-fraction {@code p} every hidden layer keeps its {@code int(p n_l)} largest-magnitude
 * weights and the output layer keeps {@code min(1, 2p)} ("half the sparsity"); biases are untouched
 * and nothing is retrained. Levels are {@code geomspace(0.01, 1, 20)}.
 */
public final class OneShotPruning {
    private OneShotPruning() {
    }

    /** {@code count} keep-fractions spaced geometrically from {@code lowest} to 1, ascending. */
    public static double[] levels(double lowest, int count) {
        Require.openRange("lowest", lowest, 0, 1);
        Require.that(count >= 2, "count", count, "must be >= 2");
        double[] l = new double[count];
        for (int i = 0; i < count; i++) {
            l[i] = Math.exp(Math.log(lowest) * (1 - (double) i / (count - 1)));
        }
        l[count - 1] = 1;
        return l;
    }

    /** The paper's 20 levels, 1% to 100%. */
    public static double[] paperLevels() {
        return levels(0.01, 20);
    }

    /** Keep-fraction of layer {@code layer} of {@code layers} at level {@code p}: output layer {@code min(1, 2p)}. */
    public static double keepFraction(double p, int layer, int layers) {
        Require.inRange("p", p, 0, 1);
        Require.positive("layers", layers);
        Require.inRange("layer", layer, 0, layers - 1);
        return layer == layers - 1 ? Math.min(1, 2 * p) : p;
    }

    /**
     * Fraction of all weights kept at level {@code p} for layers of the given sizes (the output
     * layer's doubled fraction makes it slightly above {@code p}).
     */
    public static double overallKept(double p, int[] layerSizes) {
        long kept = 0;
        long total = 0;
        for (int l = 0; l < layerSizes.length; l++) {
            kept += MagnitudeRanking.count(keepFraction(p, l, layerSizes.length), layerSizes[l]);
            total += layerSizes[l];
        }
        return (double) kept / total;
    }
}

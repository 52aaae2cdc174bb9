package org.neurotheory.core.nn;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;

/**
 * Recomputes the running statistics of a network's batch-norm layers exactly over a fixed set of
 * inputs, for use after the weights changed outside training (weights edited or averaged between
 * optimiser steps, so the running statistics describe weights that no longer exist). Layers are
 * taken in order; each {@link BatchNorm}'s running mean and variance become the mean and unbiased
 * variance (per feature or channel, over samples and positions) of its input over the whole set,
 * with the network in evaluation mode and the earlier batch-norm layers already holding their
 * recomputed statistics. Evaluating on the same set then normalises every feature to mean 0 and
 * variance {@code (n-1)/n} (up to batch norm's {@code eps}) before the affine map, where {@code n} is
 * the number of values per feature. Trained parameters are not touched.
 *
 * <pre>{@code
 * BatchNormStatistics.recompute(net, train.head(1000), 250);
 * }</pre>
 */
public final class BatchNormStatistics {
    private BatchNormStatistics() {
    }

    /**
     * Recomputes the running statistics of every batch-norm layer of {@code network} (its direct
     * layers; a nested {@link Sequential} holding batch norm is rejected) over {@code data}, in
     * batches of {@code batchSize}. Costs one forward pass over the data per batch-norm layer, up to
     * that layer.
     *
     * @return the number of batch-norm layers recomputed
     */
    public static int recompute(Sequential network, ImageDataset data, int batchSize) {
        Require.nonNull("network", network);
        Require.nonNull("data", data);
        Require.positive("batchSize", batchSize);
        Require.that(data.size() >= 2, "data.size()", data.size(), "must be at least 2");
        List<Layer> layers = network.layers();
        for (Layer l : layers) {
            Require.that(!(l instanceof Sequential s && containsBatchNorm(s)), "network", l.name(),
                    "must hold its batch-norm layers directly, not inside a nested Sequential");
        }
        BatchLoader loader = new BatchLoader(data, network.dataType());
        int done = 0;
        for (int j = 0; j < layers.size(); j++) {
            if (!(layers.get(j) instanceof BatchNorm bn)) {
                continue;
            }
            int f = bn.features();
            double[] mean = new double[f];
            double[] m2 = new double[f];
            long count = 0;
            double[] batchMean = new double[f];
            double[] batchM2 = new double[f];
            for (int from = 0; from < data.size(); from += batchSize) {
                int to = Math.min(data.size(), from + batchSize);
                INDArray x = loader.load(null, from, to).input();
                for (int i = 0; i < j; i++) {
                    x = layers.get(i).forward(x, false);
                }
                long n = moments(Flat.contiguous(x), f, batchMean, batchM2);
                // Chan et al.'s pairwise update of mean and sum of squared deviations
                long total = count + n;
                for (int c = 0; c < f; c++) {
                    double delta = batchMean[c] - mean[c];
                    mean[c] += delta * n / total;
                    m2[c] += batchM2[c] + delta * delta * count * n / total;
                }
                count = total;
            }
            double[] var = new double[f];
            for (int c = 0; c < f; c++) {
                var[c] = m2[c] / (count - 1);
            }
            bn.setRunningStatistics(mean, var);
            done++;
        }
        return done;
    }

    /** Per-feature mean and sum of squared deviations of {@code x} ([B, F] or [B, F, H, W]); returns B * positions. */
    private static long moments(INDArray x, int features, double[] mean, double[] m2) {
        try (Flat v = Flat.of(x)) {
            int b = (int) x.size(0);
            int per = (int) (x.length() / ((long) b * features));
            for (int c = 0; c < features; c++) {
                double sum = 0;
                for (int s = 0; s < b; s++) {
                    for (int q = 0; q < per; q++) {
                        sum += v.get((s * features + c) * per + q);
                    }
                }
                double mu = sum / ((long) b * per);
                double ss = 0;
                for (int s = 0; s < b; s++) {
                    for (int q = 0; q < per; q++) {
                        double d = v.get((s * features + c) * per + q) - mu;
                        ss += d * d;
                    }
                }
                mean[c] = mu;
                m2[c] = ss;
            }
            return (long) b * per;
        }
    }

    private static boolean containsBatchNorm(Sequential s) {
        for (Layer l : s.layers()) {
            if (l instanceof BatchNorm || l instanceof Sequential inner && containsBatchNorm(inner)) {
                return true;
            }
        }
        return false;
    }
}

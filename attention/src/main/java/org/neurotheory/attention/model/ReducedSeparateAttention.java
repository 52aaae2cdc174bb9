package org.neurotheory.attention.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * ATTN_S in its reduced form (paper Eq. (S) / (12), code units):
 * {@code yhat = N sum_h v_h sum_r (beta^T k_{h,r}) (q_{h,r}^T x_q)}, i.e. the end-to-end map on the
 * cubic feature is {@code g[j D + i] = sum_h v_h sum_r k_{h,r}[j] q_{h,r}[i]} (a sum of H three-layer
 * convolutional linear networks, Fig. 2). Used with the population loss as the population engine of
 * Sec. 3.2 (paper Eq. 14a-c).
 * <p>Parameter layout per head: {@code v_h}, then {@code q_{h,0..R-1}}, then {@code k_{h,0..R-1}} (length D each).
 *
 * @param dimension D
 * @param heads     H
 * @param rank      R
 */
public record ReducedSeparateAttention(int dimension, int heads, int rank) implements AttentionModel {
    public ReducedSeparateAttention {
        Require.positive("dimension", dimension);
        Require.positive("heads", heads);
        Require.positive("rank", rank);
    }

    private int block() {
        return 1 + 2 * rank * dimension;
    }

    @Override
    public FeatureSpace space() {
        return FeatureSpace.cubic(dimension);
    }

    @Override
    public int parameterCount() {
        return heads * block();
    }

    /** Offset of {@code v_h}. */
    public int valueIndex(int h) {
        return h * block();
    }

    /** Offset of {@code q_{h,r}[0]}. */
    public int queryIndex(int h, int r) {
        return h * block() + 1 + r * dimension;
    }

    /** Offset of {@code k_{h,r}[0]}. */
    public int keyIndex(int h, int r) {
        return h * block() + 1 + (rank + r) * dimension;
    }

    /** The official-code initialisation restricted to the reduced weights. */
    public double[] initialise(double init, KeyQueryInit variant, SplittableRandom rng) {
        Require.positive("init", init);
        Require.nonNull("variant", variant);
        Require.nonNull("rng", rng);
        double kq = variant.keyQueryStd(init, rank, dimension);
        double[] theta = new double[parameterCount()];
        for (int h = 0; h < heads; h++) {
            theta[valueIndex(h)] = init * rng.nextGaussian();
            for (int r = 0; r < rank; r++) {
                for (int d = 0; d < dimension; d++) {
                    theta[queryIndex(h, r) + d] = kq * rng.nextGaussian();
                    theta[keyIndex(h, r) + d] = kq * rng.nextGaussian();
                }
            }
        }
        return theta;
    }

    @Override
    public double[] endToEnd(double[] theta, double[] raw) {
        int n = dimension;
        Arrays.fill(raw, 0, n * n, 0.0);
        for (int h = 0; h < heads; h++) {
            double v = theta[valueIndex(h)];
            for (int r = 0; r < rank; r++) {
                int q = queryIndex(h, r);
                int k = keyIndex(h, r);
                for (int j = 0; j < n; j++) {
                    double vk = v * theta[k + j];
                    for (int i = 0; i < n; i++) {
                        raw[j * n + i] += vk * theta[q + i];
                    }
                }
            }
        }
        return raw;
    }

    @Override
    public double[] pullBack(double[] theta, double[] dRaw, double[] gradient) {
        int n = dimension;
        Arrays.fill(gradient, 0, parameterCount(), 0.0);
        for (int h = 0; h < heads; h++) {
            double v = theta[valueIndex(h)];
            double dv = 0;
            for (int r = 0; r < rank; r++) {
                int q = queryIndex(h, r);
                int k = keyIndex(h, r);
                for (int j = 0; j < n; j++) {
                    double kj = theta[k + j];
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        double d = dRaw[j * n + i];
                        s += d * theta[q + i];
                        gradient[q + i] += v * kj * d;
                    }
                    gradient[k + j] += v * s;
                    dv += kj * s;
                }
            }
            gradient[valueIndex(h)] = dv;
        }
        return gradient;
    }

    /** The value weights {@code v_h}. */
    public double[] valueWeights(double[] theta) {
        double[] v = new double[heads];
        for (int h = 0; h < heads; h++) {
            v[h] = theta[valueIndex(h)];
        }
        return v;
    }

    /** {@code k_{h,r}}. */
    public double[] key(double[] theta, int h, int r) {
        return Arrays.copyOfRange(theta, keyIndex(h, r), keyIndex(h, r) + dimension);
    }

    /** {@code q_{h,r}}. */
    public double[] query(double[] theta, int h, int r) {
        return Arrays.copyOfRange(theta, queryIndex(h, r), queryIndex(h, r) + dimension);
    }
}

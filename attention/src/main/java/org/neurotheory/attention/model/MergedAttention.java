package org.neurotheory.attention.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * Multi-head linear attention with merged key-query matrices, ATTN_M (paper Eq. 6), in the official
 * code's conventions: no 1/N, the attention sums over all T = N+1 tokens including the query, and
 * only the bottom-right output entry is trained. Per head h the merged matrix
 * {@code A_h = (W^KQ_h)^T} ((D+1) x (D+1)) and the last row {@code a_h} of the value matrix give
 * <pre>yhat = sum_h x~_q^T A_h C a_h ,   C = sum_m x~_m x~_m^T</pre>
 * (the official code's loss). With the zero blocks {@code u_h = A_h[0..D-1][D]} and {@code a_h[0..D-1]} at 0 this is
 * the paper's Eq. (M), {@code yhat = N sum_h v_h beta^T U_h x_q}, with {@code U_h = A_h[0..D-1][0..D-1]^T}
 * and {@code v_h = a_h[D]}.
 * <p>Parameter layout: per head, {@code A_h} row-major then {@code a_h}. With {@code frozen} the
 * zero blocks receive no gradient, which makes the model identical to {@link CubicFeatureMlp}.
 *
 * @param dimension D
 * @param heads     H
 * @param frozen    keep {@code u_h} and the vector part of {@code a_h} at their initial values
 */
public record MergedAttention(int dimension, int heads, boolean frozen) implements AttentionModel {
    public MergedAttention {
        Require.positive("dimension", dimension);
        Require.positive("heads", heads);
    }

    private int e() {
        return dimension + 1;
    }

    private int block() {
        return e() * e() + e();
    }

    @Override
    public FeatureSpace space() {
        return FeatureSpace.full(dimension);
    }

    @Override
    public int parameterCount() {
        return heads * block();
    }

    /** Offset of {@code A_h[i][j]} in theta. */
    public int kqIndex(int h, int i, int j) {
        return h * block() + i * e() + j;
    }

    /** Offset of {@code a_h[k]} in theta. */
    public int valueIndex(int h, int k) {
        return h * block() + e() * e() + k;
    }

    /**
     * The official code's initialisation ({@code net.py}): every entry {@code N(0, scale^2)}, then
     * {@code u_h = 0} and the vector part of {@code a_h} = 0. Other rows of the value matrix never
     * influence the prediction and are not represented.
     */
    public double[] initialise(double scale, SplittableRandom rng) {
        Require.positive("scale", scale);
        Require.nonNull("rng", rng);
        int e = e();
        double[] theta = new double[parameterCount()];
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < e; i++) {
                for (int j = 0; j < e; j++) {
                    theta[kqIndex(h, i, j)] = scale * rng.nextGaussian();
                }
            }
            for (int k = 0; k < e; k++) {
                theta[valueIndex(h, k)] = scale * rng.nextGaussian();
            }
            for (int i = 0; i < dimension; i++) {
                theta[kqIndex(h, i, dimension)] = 0;
                theta[valueIndex(h, i)] = 0;
            }
        }
        return theta;
    }

    @Override
    public double[] endToEnd(double[] theta, double[] raw) {
        int e = e();
        Arrays.fill(raw, 0, dimension * e * e, 0.0);
        for (int h = 0; h < heads; h++) {
            int a = valueIndex(h, 0);
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < e; j++) {
                    double w = theta[kqIndex(h, i, j)];
                    int off = (i * e + j) * e;
                    for (int k = 0; k < e; k++) {
                        raw[off + k] += w * theta[a + k];
                    }
                }
            }
        }
        return raw;
    }

    @Override
    public double[] pullBack(double[] theta, double[] dRaw, double[] gradient) {
        int e = e();
        Arrays.fill(gradient, 0, parameterCount(), 0.0);
        for (int h = 0; h < heads; h++) {
            int a = valueIndex(h, 0);
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < e; j++) {
                    int off = (i * e + j) * e;
                    double w = theta[kqIndex(h, i, j)];
                    double s = 0;
                    for (int k = 0; k < e; k++) {
                        s += dRaw[off + k] * theta[a + k];
                        gradient[a + k] += dRaw[off + k] * w;
                    }
                    gradient[kqIndex(h, i, j)] = s;
                }
            }
            if (frozen) {
                for (int i = 0; i < dimension; i++) {
                    gradient[kqIndex(h, i, dimension)] = 0;
                    gradient[a + i] = 0;
                }
            }
        }
        return gradient;
    }

    /** The scalar value weight {@code v_h = a_h[D]} of every head. */
    public double[] valueWeights(double[] theta) {
        double[] v = new double[heads];
        for (int h = 0; h < heads; h++) {
            v[h] = theta[valueIndex(h, dimension)];
        }
        return v;
    }

    /**
     * The parameters of the equivalent {@link CubicFeatureMlp} (paper Eq. 7):
     * {@code W1[h][j D + i] = A_h[i][j]}, {@code w2[h] = a_h[D]}. Exact when the zero blocks are zero.
     */
    public double[] toCubicMlp(double[] theta) {
        CubicFeatureMlp mlp = new CubicFeatureMlp(dimension, heads);
        double[] out = new double[mlp.parameterCount()];
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < dimension; j++) {
                    out[mlp.firstLayerIndex(h, j * dimension + i)] = theta[kqIndex(h, i, j)];
                }
            }
            out[mlp.secondLayerIndex(h)] = theta[valueIndex(h, dimension)];
        }
        return out;
    }
}

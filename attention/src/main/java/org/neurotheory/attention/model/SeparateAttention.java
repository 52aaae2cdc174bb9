package org.neurotheory.attention.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * Multi-head linear attention with separate rank-R key and query, ATTN_S (paper Eq. 11 and
 * Sec. 6), in the official code's conventions (no 1/N, all tokens attended, bottom-right entry):
 * <pre>yhat = sum_h sum_r (q~_{h,r} . x~_q) (k~_{h,r}^T C a_h)</pre>
 * with key and query rows {@code k~, q~} in {@code R^{D+1}} and value row {@code a_h}.
 * With the scalar key entries {@code k~[D]} and the vector part of {@code a_h} at zero this is the
 * paper's Eq. (S), {@code yhat = N sum_h v_h sum_r (beta^T k_{h,r})(q_{h,r}^T x_q)}.
 * <p>Parameter layout per head: {@code q~_{h,0..R-1}}, {@code k~_{h,0..R-1}}, {@code a_h}, each of length D+1.
 *
 * @param dimension D
 * @param heads     H
 * @param rank      R
 */
public record SeparateAttention(int dimension, int heads, int rank) implements AttentionModel {
    public SeparateAttention {
        Require.positive("dimension", dimension);
        Require.positive("heads", heads);
        Require.positive("rank", rank);
    }

    private int e() {
        return dimension + 1;
    }

    private int block() {
        return (2 * rank + 1) * e();
    }

    @Override
    public FeatureSpace space() {
        return FeatureSpace.full(dimension);
    }

    @Override
    public int parameterCount() {
        return heads * block();
    }

    /** Offset of {@code q~_{h,r}[0]}. */
    public int queryIndex(int h, int r) {
        return h * block() + r * e();
    }

    /** Offset of {@code k~_{h,r}[0]}. */
    public int keyIndex(int h, int r) {
        return h * block() + (rank + r) * e();
    }

    /** Offset of {@code a_h[0]}. */
    public int valueIndex(int h) {
        return h * block() + 2 * rank * e();
    }

    /** Official-code initialisation of the given variant. */
    public double[] initialise(double init, KeyQueryInit variant, SplittableRandom rng) {
        Require.positive("init", init);
        Require.nonNull("variant", variant);
        Require.nonNull("rng", rng);
        int e = e();
        double kq = variant.keyQueryStd(init, rank, dimension);
        double[] theta = new double[parameterCount()];
        for (int h = 0; h < heads; h++) {
            for (int r = 0; r < rank; r++) {
                for (int d = 0; d < e; d++) {
                    theta[keyIndex(h, r) + d] = kq * rng.nextGaussian();
                    theta[queryIndex(h, r) + d] = kq * rng.nextGaussian();
                }
                theta[keyIndex(h, r) + dimension] = 0;
            }
            for (int d = 0; d < e; d++) {
                theta[valueIndex(h) + d] = d < dimension ? 0 : init * rng.nextGaussian();
            }
        }
        return theta;
    }

    @Override
    public double[] endToEnd(double[] theta, double[] raw) {
        int e = e();
        Arrays.fill(raw, 0, dimension * e * e, 0.0);
        for (int h = 0; h < heads; h++) {
            int a = valueIndex(h);
            for (int r = 0; r < rank; r++) {
                int q = queryIndex(h, r);
                int k = keyIndex(h, r);
                for (int i = 0; i < dimension; i++) {
                    for (int j = 0; j < e; j++) {
                        double qk = theta[q + i] * theta[k + j];
                        int off = (i * e + j) * e;
                        for (int c = 0; c < e; c++) {
                            raw[off + c] += qk * theta[a + c];
                        }
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
            int a = valueIndex(h);
            for (int r = 0; r < rank; r++) {
                int q = queryIndex(h, r);
                int k = keyIndex(h, r);
                for (int i = 0; i < dimension; i++) {
                    for (int j = 0; j < e; j++) {
                        int off = (i * e + j) * e;
                        double s = 0;
                        double qk = theta[q + i] * theta[k + j];
                        for (int c = 0; c < e; c++) {
                            s += dRaw[off + c] * theta[a + c];
                            gradient[a + c] += dRaw[off + c] * qk;
                        }
                        gradient[q + i] += s * theta[k + j];
                        gradient[k + j] += s * theta[q + i];
                    }
                }
            }
        }
        return gradient;
    }

    /** The scalar value weight {@code v_h = a_h[D]} of every head (what {@code --track_value} records). */
    public double[] valueWeights(double[] theta) {
        double[] v = new double[heads];
        for (int h = 0; h < heads; h++) {
            v[h] = theta[valueIndex(h) + dimension];
        }
        return v;
    }

    /** The input part {@code k~_{h,r}[0..D-1]} of a key row. */
    public double[] key(double[] theta, int h, int r) {
        return Arrays.copyOfRange(theta, keyIndex(h, r), keyIndex(h, r) + dimension);
    }

    /** The input part {@code q~_{h,r}[0..D-1]} of a query row. */
    public double[] query(double[] theta, int h, int r) {
        return Arrays.copyOfRange(theta, queryIndex(h, r), queryIndex(h, r) + dimension);
    }
}

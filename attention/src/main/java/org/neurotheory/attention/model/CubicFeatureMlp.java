package org.neurotheory.attention.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * The two-layer linear network of width H on the cubic feature {@code z = vec(N beta x_q^T)}
 * (paper Eq. 7, Fig. 1a): {@code yhat = w2^T W1 z}. It equals ATTN_M with the zero blocks at zero
 * (rows of W1 = merged key-query matrices, w2 = value weights). Features are in the official code's
 * row-major order {@code z[j D + i] = (N beta)_j x_{q,i}} ({@link FeatureSpace#cubic(int)}).
 * Also the population engine of ATTN_M (its population loss is a quadratic form in the end-to-end matrix).
 * <p>Parameter layout: W1 row-major (H x D^2), then w2 (H).
 *
 * @param dimension D
 * @param heads     H (hidden width)
 */
public record CubicFeatureMlp(int dimension, int heads) implements AttentionModel {
    public CubicFeatureMlp {
        Require.positive("dimension", dimension);
        Require.positive("heads", heads);
    }

    @Override
    public FeatureSpace space() {
        return FeatureSpace.cubic(dimension);
    }

    @Override
    public int parameterCount() {
        return heads * dimension * dimension + heads;
    }

    /** Offset of {@code W1[h][f]}. */
    public int firstLayerIndex(int h, int f) {
        return h * dimension * dimension + f;
    }

    /** Offset of {@code w2[h]}. */
    public int secondLayerIndex(int h) {
        return heads * dimension * dimension + h;
    }

    /** The official code's {@code nn.init.normal_(std = scale)} on both layers. */
    public double[] initialise(double scale, SplittableRandom rng) {
        Require.positive("scale", scale);
        Require.nonNull("rng", rng);
        double[] theta = new double[parameterCount()];
        for (int p = 0; p < theta.length; p++) {
            theta[p] = scale * rng.nextGaussian();
        }
        return theta;
    }

    /**
     * Aligned balanced initialisation of Eq. (10): {@code W1 = w0 r vec(I)^T / sqrt(D)}, {@code w2 = w0 r}
     * with a unit vector r, so the end-to-end map is {@code w0^2 vec(I)/sqrt(D)}.
     */
    public double[] alignedInitialisation(double w0, double[] r) {
        Require.positive("w0", w0);
        Require.length("r", r, heads);
        double norm = 0;
        for (double x : r) {
            norm += x * x;
        }
        Require.that(Math.abs(norm - 1) < 1e-9, "r norm", Math.sqrt(norm), "must be 1");
        double[] theta = new double[parameterCount()];
        double s = Math.sqrt(dimension);
        for (int h = 0; h < heads; h++) {
            for (int d = 0; d < dimension; d++) {
                theta[firstLayerIndex(h, d * dimension + d)] = w0 * r[h] / s;
            }
            theta[secondLayerIndex(h)] = w0 * r[h];
        }
        return theta;
    }

    @Override
    public double[] endToEnd(double[] theta, double[] raw) {
        int f2 = dimension * dimension;
        Arrays.fill(raw, 0, f2, 0.0);
        for (int h = 0; h < heads; h++) {
            double v = theta[secondLayerIndex(h)];
            int off = firstLayerIndex(h, 0);
            for (int f = 0; f < f2; f++) {
                raw[f] += v * theta[off + f];
            }
        }
        return raw;
    }

    @Override
    public double[] pullBack(double[] theta, double[] dRaw, double[] gradient) {
        int f2 = dimension * dimension;
        for (int h = 0; h < heads; h++) {
            double v = theta[secondLayerIndex(h)];
            int off = firstLayerIndex(h, 0);
            double s = 0;
            for (int f = 0; f < f2; f++) {
                gradient[off + f] = v * dRaw[f];
                s += theta[off + f] * dRaw[f];
            }
            gradient[secondLayerIndex(h)] = s;
        }
        return gradient;
    }

    /** Second-layer weights {@code w2} (the value weights of the equivalent ATTN_M). */
    public double[] valueWeights(double[] theta) {
        double[] v = new double[heads];
        for (int h = 0; h < heads; h++) {
            v[h] = theta[secondLayerIndex(h)];
        }
        return v;
    }
}

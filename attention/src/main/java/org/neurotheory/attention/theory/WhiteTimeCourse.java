package org.neurotheory.attention.theory;

import org.neurotheory.core.Require;

/**
 * Analytic time course of ATTN_M (equivalently the MLP on cubic features) for white input
 * covariance {@code Lambda = c I}, paper Eq. (10), generalised from c = 1 and written in the official
 * code's units (paper Eq. 10): after k gradient-descent steps of size eta from a small aligned
 * initialisation with squared mode strength {@code u_0},
 * <pre>yhat = sigma(k) beta^T x_q,  sigma = E / (c a (E - 1) + sqrt(D) / (N u_0)),  E = exp(4 eta N c^2 sqrt(D) k),</pre>
 * {@code a = 1 + (1 + D)/N}, and the loss {@code L = c D - 2 sigma c^2 D + sigma^2 c^3 D a}.
 * (Eq. (10) itself is c = 1 with {@code t / tau = 2 eta N k} and {@code u_0 = w_init^2}.)
 *
 * @param dimension     D
 * @param contextLength N
 * @param scale         c
 * @param learningRate  eta
 * @param initialMode   {@code u_0 > 0}
 */
public record WhiteTimeCourse(int dimension, int contextLength, double scale, double learningRate, double initialMode) {
    public WhiteTimeCourse {
        Require.positive("dimension", dimension);
        Require.positive("contextLength", contextLength);
        Require.positive("scale", scale);
        Require.positive("learningRate", learningRate);
        Require.positive("initialMode", initialMode);
    }

    /**
     * {@code u_0 = |w2 + W1 g_hat|^2 / 4} with {@code g_hat = vec(I)/sqrt(D)}: the projection of a
     * random MLP initialisation on the growing mode.
     *
     * @param firstLayer  W1, H rows of length D^2 (code's row-major cubic feature order)
     * @param secondLayer w2, length H
     */
    public static double initialMode(double[][] firstLayer, double[] secondLayer) {
        int h = secondLayer.length;
        Require.that(firstLayer.length == h, "firstLayer rows", firstLayer.length, "must be " + h);
        int d = (int) Math.round(Math.sqrt(firstLayer[0].length));
        double s = 0;
        for (int k = 0; k < h; k++) {
            double proj = 0;
            for (int i = 0; i < d; i++) {
                proj += firstLayer[k][i * d + i];
            }
            double m = secondLayer[k] + proj / Math.sqrt(d);
            s += m * m;
        }
        return s / 4;
    }

    private double a() {
        return 1 + (1.0 + dimension) / contextLength;
    }

    /** {@code sigma(k)} (paper units: {@code yhat = sigma beta^T x_q}). */
    public double sigma(double step) {
        double rate = 4 * learningRate * contextLength * scale * scale * Math.sqrt(dimension);
        double e = Math.exp(rate * step);
        if (Double.isInfinite(e)) {
            return 1 / (scale * a());
        }
        return e / (scale * a() * (e - 1) + Math.sqrt(dimension) / (contextLength * initialMode));
    }

    /** Population loss at step k. */
    public double loss(double step) {
        double s = sigma(step);
        double c = scale;
        return c * dimension - 2 * s * c * c * dimension + s * s * c * c * c * dimension * a();
    }

    /** {@code L(infinity) = c D (1 - 1/a)}; for {@code c = 1/D} and D = 4, N = 31: 5/36. */
    public double finalLoss() {
        return scale * dimension * (1 - 1 / a());
    }

    /** The step at which the loss is half-way between its initial and final values (bisection). */
    public double halfDropStep() {
        double target = 0.5 * (loss(0) + finalLoss());
        double lo = 0;
        double hi = 1;
        while (loss(hi) > target) {
            hi *= 2;
        }
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (loss(mid) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}

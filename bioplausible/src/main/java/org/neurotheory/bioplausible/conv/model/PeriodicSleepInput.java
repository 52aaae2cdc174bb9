package org.neurotheory.bioplausible.conv.model;

import org.neurotheory.core.Require;

/**
 * The input layer's activity during sleep (Pogodin et al. 2021, Fig. 3B; official
 * {@code share_weights}): one {@code C_in x k x k} pattern tiled with period k over the whole square
 * input map, {@code X[c, y, x] = P[c, y mod k, x mod k]}. Output neurons k rows or columns apart then
 * receive bit-identical patches.
 */
public final class PeriodicSleepInput {
    private PeriodicSleepInput() {
    }

    /**
     * Tiles {@code pattern} ({@code channels x k x k}, row-major) over a {@code height x width} map.
     * The sleep input is defined for square maps only (the official code crops with H in both directions).
     */
    public static float[] tile(float[] pattern, int channels, int kernel, int height, int width) {
        Require.positive("channels", channels);
        Require.positive("height", height);
        return tile(pattern, channels, kernel, height, width, new float[channels * height * width]);
    }

    /** As {@link #tile(float[], int, int, int, int)}, writing into {@code x} ({@code channels x height x width}) and returning it. */
    public static float[] tile(float[] pattern, int channels, int kernel, int height, int width, float[] x) {
        Require.positive("channels", channels);
        Require.that(kernel > 0 && kernel % 2 == 1, "kernel", kernel, "must be odd and > 0");
        Require.positive("height", height);
        Require.that(width == height, "width", width, "must equal height = " + height + " (square maps only)");
        Require.that(pattern != null && pattern.length == channels * kernel * kernel, "pattern.length",
                pattern == null ? "null" : pattern.length, "must equal channels * k^2 = " + channels * kernel * kernel);
        Require.that(x != null && x.length == channels * height * width, "x.length", x == null ? "null" : x.length,
                "must equal channels * height * width = " + channels * height * width);
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                for (int xx = 0; xx < width; xx++) {
                    x[(c * height + y) * width + xx] = pattern[(c * kernel + y % kernel) * kernel + xx % kernel];
                }
            }
        }
        return x;
    }

    /**
     * The {@code K = C_in k^2} patch read by output position {@code (i, j)} from a {@code C x H x H}
     * map with zero padding {@code p = (k-1)/2} and stride s, written into {@code out} (order {@code (c k + a) k + d}).
     */
    public static float[] patch(float[] map, LcWeightLayout l, int i, int j, float[] out) {
        int h = l.inSize();
        int k = l.kernel();
        int p = l.padding();
        int n = 0;
        for (int c = 0; c < l.inChannels(); c++) {
            for (int a = 0; a < k; a++) {
                int y = l.stride() * i - p + a;
                for (int d = 0; d < k; d++) {
                    int x = l.stride() * j - p + d;
                    out[n++] = y < 0 || y >= h || x < 0 || x >= h ? 0f : map[(c * h + y) * h + x];
                }
            }
        }
        return out;
    }
}

package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;

/**
 * The receptive fields of a 2-d convolution or locally connected layer: input C x H x W, square
 * kernel k, stride s, zero padding p; output Ho x Wo with Ho = (H + 2p - k)/s + 1; patch size
 * K = C k^2 ordered (channel, row, column). {@link #im2col} and {@link #col2im} are the one code
 * path that {@link Conv2d} (one GEMM over all rows) and {@link LocallyConnected2d} (one batched GEMM
 * over positions) share: the row of (sample b, position q) is {@code b*P + q} in sample-major
 * layout and {@code q*B + b} in position-major layout.
 *
 * @param channels C
 * @param height   H
 * @param width    W
 * @param kernel   k
 * @param stride   s
 * @param padding  p
 */
public record ConvGeometry(int channels, int height, int width, int kernel, int stride, int padding) {
    public ConvGeometry {
        Require.positive("channels", channels);
        Require.positive("height", height);
        Require.positive("width", width);
        Require.positive("kernel", kernel);
        Require.positive("stride", stride);
        Require.nonNegative("padding", padding);
        Require.that(height + 2 * padding >= kernel && width + 2 * padding >= kernel, "kernel", kernel,
                "must fit the padded input " + (height + 2 * padding) + " x " + (width + 2 * padding));
    }

    /** Output rows Ho. */
    public int outHeight() {
        return (height + 2 * padding - kernel) / stride + 1;
    }

    /** Output columns Wo. */
    public int outWidth() {
        return (width + 2 * padding - kernel) / stride + 1;
    }

    /** Output positions P = Ho Wo. */
    public int positions() {
        return outHeight() * outWidth();
    }

    /** Patch length K = C k^2. */
    public int patchSize() {
        return channels * kernel * kernel;
    }

    /**
     * Writes the patches of {@code x} ([B, C, H, W]) into {@code cols} ([B*P, K] sample-major, or
     * [P, B, K] position-major); entries in the zero padding are 0.
     */
    public void im2col(INDArray x, INDArray cols, boolean positionMajor) {
        int b = (int) x.size(0);
        Flat in = Flat.of(x);
        Flat out = Flat.of(cols);
        int ho = outHeight();
        int wo = outWidth();
        int p = positions();
        int kk = patchSize();
        for (int s = 0; s < b; s++) {
            for (int i = 0; i < ho; i++) {
                for (int j = 0; j < wo; j++) {
                    int q = i * wo + j;
                    int row = positionMajor ? q * b + s : s * p + q;
                    int base = row * kk;
                    int col = 0;
                    for (int c = 0; c < channels; c++) {
                        int plane = (s * channels + c) * height;
                        for (int a = 0; a < kernel; a++) {
                            int y = i * stride + a - padding;
                            boolean rowIn = y >= 0 && y < height;
                            for (int d = 0; d < kernel; d++) {
                                int xx = j * stride + d - padding;
                                out.set(base + col++, rowIn && xx >= 0 && xx < width ? in.get((plane + y) * width + xx) : 0.0);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Adjoint of {@link #im2col}: sums the patch gradients {@code cols} back into {@code gx} ([B, C, H, W], overwritten). */
    public void col2im(INDArray cols, INDArray gx, boolean positionMajor) {
        int b = (int) gx.size(0);
        Flat in = Flat.of(cols);
        Flat out = Flat.of(gx);
        for (int i = 0; i < out.size(); i++) {
            out.set(i, 0.0);
        }
        int ho = outHeight();
        int wo = outWidth();
        int p = positions();
        int kk = patchSize();
        for (int s = 0; s < b; s++) {
            for (int i = 0; i < ho; i++) {
                for (int j = 0; j < wo; j++) {
                    int q = i * wo + j;
                    int row = positionMajor ? q * b + s : s * p + q;
                    int base = row * kk;
                    int col = 0;
                    for (int c = 0; c < channels; c++) {
                        int plane = (s * channels + c) * height;
                        for (int a = 0; a < kernel; a++) {
                            int y = i * stride + a - padding;
                            boolean rowIn = y >= 0 && y < height;
                            for (int d = 0; d < kernel; d++) {
                                int xx = j * stride + d - padding;
                                if (rowIn && xx >= 0 && xx < width) {
                                    int idx = (plane + y) * width + xx;
                                    out.set(idx, out.get(idx) + in.get(base + col));
                                }
                                col++;
                            }
                        }
                    }
                }
            }
        }
    }

    /** The input shape [C, H, W]. */
    long[] inputShape() {
        return new long[] {channels, height, width};
    }
}

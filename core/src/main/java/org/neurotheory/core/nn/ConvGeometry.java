package org.neurotheory.core.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
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
     * [P, B, K] position-major); entries in the zero padding are 0. FLOAT arrays take a block path
     * (one sample at a time through reused Java arrays) that writes the same bits as the
     * element-wise loop.
     */
    public void im2col(INDArray x, INDArray cols, boolean positionMajor) {
        int b = (int) x.size(0);
        if (x.dataType() == DataType.FLOAT && cols.dataType() == DataType.FLOAT) {
            Scratch scratch = SCRATCH.get();
            int n = channels * height * width;
            float[] in = scratch.input(n);
            float[] rows = scratch.rows(positions() * patchSize());
            for (int s = 0; s < b; s++) {
                Flat.readFloats(x, (long) s * n, in, 0, n);
                walkPatches(in, rows, true);
                copyRows(rows, cols, s, b, positionMajor, true);
            }
            return;
        }
        try (Flat image = Flat.of(x); Flat rows = Flat.of(cols)) {
            walkPatches(image, rows, b, positionMajor, true);
        }
    }

    /**
     * Adjoint of {@link #im2col}: sums the patch gradients {@code cols} back into {@code gx} ([B, C, H, W], overwritten).
     * Each entry of {@code gx} adds its patch terms in the order of the output positions, on the
     * FLOAT block path as on the element-wise one, so both give the same bits.
     */
    public void col2im(INDArray cols, INDArray gx, boolean positionMajor) {
        int b = (int) gx.size(0);
        if (cols.dataType() == DataType.FLOAT && gx.dataType() == DataType.FLOAT) {
            Scratch scratch = SCRATCH.get();
            int n = channels * height * width;
            float[] out = scratch.input(n);
            float[] rows = scratch.rows(positions() * patchSize());
            for (int s = 0; s < b; s++) {
                copyRows(rows, cols, s, b, positionMajor, false);
                walkPatches(out, rows, false);
                Flat.writeFloats(gx, (long) s * n, out, 0, n);
            }
            return;
        }
        try (Flat image = Flat.of(gx); Flat rows = Flat.of(cols)) {
            walkPatches(image, rows, b, positionMajor, false);
        }
    }

    /**
     * The element-wise path of {@link #im2col} ({@code toRows}: the patch rows from the image, 0 in
     * the padding) and of {@link #col2im} (otherwise: the image, zeroed first, sums its patch terms
     * in the order of the output positions), for any data type.
     */
    private void walkPatches(Flat image, Flat rows, int b, boolean positionMajor, boolean toRows) {
        if (!toRows) {
            for (int i = 0; i < image.size(); i++) {
                image.set(i, 0.0);
            }
        }
        int ho = outHeight();
        int wo = outWidth();
        int p = positions();
        int kk = patchSize();
        for (int s = 0; s < b; s++) {
            for (int i = 0; i < ho; i++) {
                for (int j = 0; j < wo; j++) {
                    int q = i * wo + j;
                    int base = (positionMajor ? q * b + s : s * p + q) * kk;
                    int col = 0;
                    for (int c = 0; c < channels; c++) {
                        int plane = (s * channels + c) * height;
                        for (int a = 0; a < kernel; a++) {
                            int y = i * stride + a - padding;
                            boolean rowIn = y >= 0 && y < height;
                            for (int d = 0; d < kernel; d++) {
                                int xx = j * stride + d - padding;
                                boolean inside = rowIn && xx >= 0 && xx < width;
                                if (toRows) {
                                    rows.set(base + col, inside ? image.get((plane + y) * width + xx) : 0.0);
                                } else if (inside) {
                                    int idx = (plane + y) * width + xx;
                                    image.set(idx, image.get(idx) + rows.get(base + col));
                                }
                                col++;
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * One sample's [P, K] patch rows against its [C, H, W] image. {@code toRows}: copies the image's
     * patches into {@code rows} (0 in the padding). Otherwise: {@code image} (zeroed first) becomes the
     * sum of the rows' terms, added in position order by float additions; these round like the
     * element-wise path's double sums cast to float, because a double carries more than 2 x 24 + 2
     * bits (double rounding is then innocuous).
     */
    private void walkPatches(float[] image, float[] rows, boolean toRows) {
        if (!toRows) {
            Arrays.fill(image, 0, channels * height * width, 0f);
        }
        int ho = outHeight();
        int wo = outWidth();
        int r = 0;
        for (int i = 0; i < ho; i++) {
            for (int j = 0; j < wo; j++) {
                int x0 = j * stride - padding;
                boolean inside = x0 >= 0 && x0 + kernel <= width;
                for (int c = 0; c < channels; c++) {
                    for (int a = 0; a < kernel; a++, r += kernel) {
                        int y = i * stride + a - padding;
                        boolean lineIn = y >= 0 && y < height;
                        int at = (c * height + y) * width + x0;
                        for (int d = 0; d < kernel; d++) {
                            boolean in = lineIn && (inside || x0 + d >= 0 && x0 + d < width);
                            if (toRows) {
                                rows[r + d] = in ? image[at + d] : 0f;
                            } else if (in) {
                                image[at + d] += rows[r + d];
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Copies sample {@code s}'s [P, K] patch rows between {@code rows} and {@code cols} (into
     * {@code cols} if {@code write}): one block when sample-major, one row per position otherwise.
     */
    private void copyRows(float[] rows, INDArray cols, int s, int batch, boolean positionMajor, boolean write) {
        int p = positions();
        int kk = patchSize();
        int blocks = positionMajor ? p : 1;
        int length = positionMajor ? kk : p * kk;
        for (int q = 0; q < blocks; q++) {
            long from = positionMajor ? ((long) q * batch + s) * kk : (long) s * p * kk;
            if (write) {
                Flat.writeFloats(cols, from, rows, q * length, length);
            } else {
                Flat.readFloats(cols, from, rows, q * length, length);
            }
        }
    }

    /** The input shape [C, H, W]. */
    long[] inputShape() {
        return new long[] {channels, height, width};
    }

    /**
     * Per-thread arrays of the FLOAT block path, grown to the largest geometry the thread has used,
     * so a network's layers share them without allocating in the training loop.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        private float[] input = new float[0];
        private float[] rows = new float[0];

        /** An array of at least {@code n} entries for one sample's [C, H, W] block. */
        float[] input(int n) {
            if (input.length < n) {
                input = new float[n];
            }
            return input;
        }

        /** An array of at least {@code n} entries for one sample's [P, K] patch rows. */
        float[] rows(int n) {
            if (rows.length < n) {
                rows = new float[n];
            }
            return rows;
        }
    }
}

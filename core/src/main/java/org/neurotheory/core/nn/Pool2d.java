package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;

/**
 * Max or average pooling over k x k windows with stride s (no padding), per channel:
 * Ho = (H - k)/s + 1. Max pooling routes the gradient to the first maximal entry of each window;
 * average pooling spreads it equally. {@link #globalAverage()} is the global average pool
 * ([B, C, H, W] to [B, C]).
 */
public final class Pool2d extends AbstractLayer {
    private final boolean max;
    private final int kernel;
    private final int stride;
    private final boolean global;
    private INDArray input;
    private INDArray output;
    private INDArray gradInput;
    private int[] argmax;

    private Pool2d(String name, boolean max, int kernel, int stride, boolean global) {
        super(name);
        this.max = max;
        this.kernel = kernel;
        this.stride = stride;
        this.global = global;
    }

    /** Max pooling with window k and stride s. */
    public static Pool2d max(int kernel, int stride) {
        return new Pool2d(null, true, Require.positive("kernel", kernel), Require.positive("stride", stride), false);
    }

    /** Average pooling with window k and stride s. */
    public static Pool2d average(int kernel, int stride) {
        return new Pool2d(null, false, Require.positive("kernel", kernel), Require.positive("stride", stride), false);
    }

    /** Global average pooling: the mean over all positions of each channel, output [B, C]. */
    public static Pool2d globalAverage() {
        return new Pool2d(null, false, 0, 0, true);
    }

    @Override
    protected String kind() {
        return global ? "globalavgpool" : max ? "maxpool" : "avgpool";
    }

    @Override
    public long[] outputShape(long[] s) {
        if (s.length != 3 || (!global && (s[1] < kernel || s[2] < kernel))) {
            throw shapeMismatch(global ? "[C, H, W]" : "[C, H, W] with H, W >= " + kernel, s);
        }
        return global ? new long[] {s[0]} : new long[] {s[0], (s[1] - kernel) / stride + 1, (s[2] - kernel) / stride + 1};
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        checkInput(in);
        input = Flat.contiguous(in);
        int b = (int) in.size(0);
        int c = (int) in.size(1);
        int h = (int) in.size(2);
        int w = (int) in.size(3);
        int k = global ? h : kernel;
        int kw = global ? w : kernel;
        int s = global ? 1 : stride;
        int ho = global ? 1 : (h - k) / s + 1;
        int wo = global ? 1 : (w - kw) / s + 1;
        output = global ? buffer(output, in.dataType(), b, c) : buffer(output, in.dataType(), b, c, ho, wo);
        if (max && (argmax == null || argmax.length != b * c * ho * wo)) {
            argmax = new int[b * c * ho * wo];
        }
        try (Flat x = Flat.of(input); Flat y = Flat.of(output)) {
            for (int plane = 0; plane < b * c; plane++) {
                for (int i = 0; i < ho; i++) {
                    for (int j = 0; j < wo; j++) {
                        double acc = max ? Double.NEGATIVE_INFINITY : 0;
                        int arg = -1;
                        for (int a = 0; a < k; a++) {
                            for (int d = 0; d < kw; d++) {
                                int idx = (plane * h + i * s + a) * w + j * s + d;
                                double v = x.get(idx);
                                if (max) {
                                    if (v > acc || arg < 0) {
                                        acc = v;
                                        arg = idx;
                                    }
                                } else {
                                    acc += v;
                                }
                            }
                        }
                        int o = (plane * ho + i) * wo + j;
                        if (max) {
                            argmax[o] = arg;
                            y.set(o, acc);
                        } else {
                            y.set(o, acc / (k * kw));
                        }
                    }
                }
            }
        }
        return output;
    }

    @Override
    public INDArray backward(INDArray gradOutput, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        gradInput = buffer(gradInput, input.dataType(), input.shape());
        try (Flat g = Flat.of(Flat.contiguous(gradOutput)); Flat gi = Flat.of(gradInput)) {
            for (int i = 0; i < gi.size(); i++) {
                gi.set(i, 0.0);
            }
            int b = (int) input.size(0);
            int c = (int) input.size(1);
            int h = (int) input.size(2);
            int w = (int) input.size(3);
            int k = global ? h : kernel;
            int kw = global ? w : kernel;
            int s = global ? 1 : stride;
            int ho = global ? 1 : (h - k) / s + 1;
            int wo = global ? 1 : (w - kw) / s + 1;
            for (int plane = 0; plane < b * c; plane++) {
                for (int i = 0; i < ho; i++) {
                    for (int j = 0; j < wo; j++) {
                        int o = (plane * ho + i) * wo + j;
                        double go = g.get(o);
                        if (max) {
                            gi.set(argmax[o], gi.get(argmax[o]) + go);
                        } else {
                            double share = go / (k * kw);
                            for (int a = 0; a < k; a++) {
                                for (int d = 0; d < kw; d++) {
                                    int idx = (plane * h + i * s + a) * w + j * s + d;
                                    gi.set(idx, gi.get(idx) + share);
                                }
                            }
                        }
                    }
                }
            }
        }
        return gradInput;
    }
}

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
        Windows win = windows(input);
        int b = (int) in.size(0);
        int c = (int) in.size(1);
        int outputs = win.planes * win.ho * win.wo;
        output = global ? buffer(output, in.dataType(), b, c) : buffer(output, in.dataType(), b, c, win.ho, win.wo);
        if (max && (argmax == null || argmax.length != outputs)) {
            argmax = new int[outputs];
        }
        try (Flat x = Flat.of(input); Flat y = Flat.of(output)) {
            for (int o = 0; o < outputs; o++) {
                double acc = max ? Double.NEGATIVE_INFINITY : 0;
                int arg = -1;
                int start = win.start(o);
                for (int a = 0; a < win.k; a++) {
                    for (int d = 0; d < win.kw; d++) {
                        int idx = start + a * win.w + d;
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
                if (max) {
                    argmax[o] = arg;
                    y.set(o, acc);
                } else {
                    y.set(o, acc / (win.k * win.kw));
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
            Windows win = windows(input);
            int outputs = win.planes * win.ho * win.wo;
            for (int o = 0; o < outputs; o++) {
                double go = g.get(o);
                if (max) {
                    gi.set(argmax[o], gi.get(argmax[o]) + go);
                } else {
                    double share = go / (win.k * win.kw);
                    int start = win.start(o);
                    for (int a = 0; a < win.k; a++) {
                        for (int d = 0; d < win.kw; d++) {
                            int idx = start + a * win.w + d;
                            gi.set(idx, gi.get(idx) + share);
                        }
                    }
                }
            }
        }
        return gradInput;
    }

    private Windows windows(INDArray in) {
        int h = (int) in.size(2);
        int w = (int) in.size(3);
        int k = global ? h : kernel;
        int kw = global ? w : kernel;
        int s = global ? 1 : stride;
        return new Windows((int) (in.size(0) * in.size(1)), h, w, k, kw, s, (h - k) / s + 1, (w - kw) / s + 1);
    }

    /**
     * The pooling windows of a contiguous [B, C, H, W] input: {@code planes} = B C channel planes of
     * h x w, windows of k x kw with stride s, ho x wo of them per plane.
     */
    private record Windows(int planes, int h, int w, int k, int kw, int s, int ho, int wo) {
        /** Flat input index of the top-left entry of the window behind flat output index o; entry (a, d) adds a w + d. */
        int start(int o) {
            int j = o % wo;
            int i = (o / wo) % ho;
            int plane = o / (wo * ho);
            return (plane * h + i * s) * w + j * s;
        }
    }
}

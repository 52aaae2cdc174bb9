package org.neurotheory.bioplausible.conv.theory;

import org.neurotheory.core.Require;

/**
 * Which output neurons of a locally connected layer form a weight-sharing group (Pogodin et al.
 * 2021, Sec. 4.2, Fig. 3B). During sleep the input layer tiles one k x k pattern with period k; an
 * output neuron at row i (stride s, zero padding {@code p = (k - 1)/2}) reads input rows from
 * {@code s i - p}, so rows i and i' see identical patches iff {@code s (i - i') = 0 (mod k)}: the
 * phase of row i is {@code (s i) mod k}, and for {@code gcd(s, k) = 1} this partitions the rows by
 * {@code i mod k}, giving {@code k^2} groups per output channel. Neurons whose receptive field
 * touches the padding (border neurons) see zeros instead of the pattern and sit outside the groups
 * of the Hebbian phase; instant sharing averages over {@code i mod k} with the border included.
 */
public final class PhaseGroups {
    private PhaseGroups() {
    }

    /** Output size {@code H / s} of a layer with odd kernel, "same" padding and stride s; s must divide H. */
    public static int outputSize(int size, int kernel, int stride) {
        Require.positive("size", size);
        checkKernel(kernel);
        Require.positive("stride", stride);
        Require.that(size % stride == 0, "stride", stride, "must divide the input size " + size);
        return size / stride;
    }

    /** Phase {@code (s i) mod k} of the periodic input seen by output row (or column) {@code i}. */
    public static int inputPhase(int index, int kernel, int stride) {
        Require.nonNegative("index", index);
        checkKernel(kernel);
        Require.positive("stride", stride);
        return (int) (((long) stride * index) % kernel);
    }

    /** Number of phase groups per output channel, {@code (k / gcd(s, k))^2}. */
    public static int groupCount(int kernel, int stride) {
        checkKernel(kernel);
        Require.positive("stride", stride);
        int g = kernel / gcd(stride, kernel);
        return g * g;
    }

    /** Sharing phase {@code i mod k} of instant sharing. */
    public static int sharingPhase(int index, int kernel) {
        Require.nonNegative("index", index);
        checkKernel(kernel);
        return index % kernel;
    }

    /** Number of rows {@code i} in {@code [0, outSize)} with {@code i mod k = phase}. */
    public static int rowsInPhase(int outSize, int kernel, int phase) {
        Require.positive("outSize", outSize);
        checkKernel(kernel);
        Require.inRange("phase", phase, 0, kernel - 1);
        return phase >= outSize ? 0 : (outSize - 1 - phase) / kernel + 1;
    }

    /** First non-border output row, {@code ceil(p / s)}. */
    public static int interiorStart(int kernel, int stride) {
        checkKernel(kernel);
        Require.positive("stride", stride);
        int p = (kernel - 1) / 2;
        return (p + stride - 1) / stride;
    }

    /** One past the last non-border output row, {@code (H - 2p) / s + ceil(p / s)}. */
    public static int interiorEnd(int size, int kernel, int stride) {
        outputSize(size, kernel, stride);
        int p = (kernel - 1) / 2;
        return Math.max(interiorStart(kernel, stride), (size - 2 * p) / stride + interiorStart(kernel, stride));
    }

    /**
     * Whether output row {@code i} is a non-border neuron by the official code's range
     * {@code ceil(p/s) <= i < (H - 2p)/s + ceil(p/s)}. It is exact for stride 1 and for k = 3 with
     * stride 2 (the paper's layers); for larger strides it can leave out an interior row, never admits
     * a border one.
     */
    public static boolean isInterior(int index, int size, int kernel, int stride) {
        return index >= interiorStart(kernel, stride) && index < interiorEnd(size, kernel, stride);
    }

    static void checkKernel(int kernel) {
        Require.that(kernel > 0 && kernel % 2 == 1, "kernel", kernel, "must be odd and > 0");
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}

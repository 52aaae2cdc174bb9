package org.neurotheory.relu.model;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;

/**
 * A bias-free feed-forward network {@code f(x) = W_L sigma(W_{L-1} sigma(... sigma(W_1 x)))} with
 * the leaky ReLU {@link LeakyRelu} between layers and no biases anywhere. Depth
 * {@code L = widths.length - 1}; {@code widths[0]} is the input dimension and {@code widths[L]} the
 * output dimension. A slope of 1 gives the linear counterpart {@code W_L ... W_1 x}.
 *
 * <p>This class describes the architecture; parameters live in a flat {@code double[]} that packs
 * {@code W_1, ..., W_L} row-major (W_l is {@code widths[l] x widths[l-1]}), the same layout as
 * {@link org.neurotheory.core.dln.DeepLinearFlow}, so a linear network's state can be handed to it
 * unchanged. Training is {@link NetworkGradientFlow}. Immutable and thread-safe.
 */
public final class BiasFreeNetwork {
    private final int[] widths;
    private final int[] offsets;
    private final LeakyRelu activation;

    /**
     * @param widths layer widths {@code n_0 (input), n_1, ..., n_L (output)}, at least two, all > 0
     * @param slope  leaky-ReLU slope alpha in [0, 1]
     */
    public BiasFreeNetwork(int[] widths, double slope) {
        Require.nonNull("widths", widths);
        Require.that(widths.length >= 2, "widths.length", widths.length, "must be >= 2 (input and output)");
        this.widths = widths.clone();
        for (int i = 0; i < widths.length; i++) {
            Require.positive("widths[" + i + "]", widths[i]);
        }
        this.activation = new LeakyRelu(slope);
        offsets = new int[widths.length];
        for (int l = 1; l < widths.length; l++) {
            offsets[l] = offsets[l - 1] + widths[l] * widths[l - 1];
        }
    }

    /** Two-layer network {@code f(x) = A sigma(W x)} with {@code hidden} units. */
    public static BiasFreeNetwork twoLayer(int inputs, int hidden, int outputs, double slope) {
        return new BiasFreeNetwork(new int[] {inputs, hidden, outputs}, slope);
    }

    /** The same architecture with another slope ({@code 1} = the linear counterpart). */
    public BiasFreeNetwork withSlope(double slope) {
        return new BiasFreeNetwork(widths, slope);
    }

    public LeakyRelu activation() {
        return activation;
    }

    public double slope() {
        return activation.slope();
    }

    /** Number of weight layers L. */
    public int depth() {
        return widths.length - 1;
    }

    /** Width {@code n_l} ({@code l = 0} input, {@code l = depth()} output). */
    public int width(int l) {
        return widths[l];
    }

    /** All widths {@code n_0 .. n_L} (a copy). */
    public int[] widths() {
        return widths.clone();
    }

    public int inputs() {
        return widths[0];
    }

    public int outputs() {
        return widths[widths.length - 1];
    }

    /** Length of the packed parameter vector. */
    public int parameterCount() {
        return offsets[widths.length - 1];
    }

    /** Offset of layer {@code l} (1-based: W_1 is layer 1) in the packed parameters. */
    public int offset(int l) {
        Require.inRange("l", l, 1, depth());
        return offsets[l - 1];
    }

    /** Layer {@code W_l} (1-based) of the packed parameters, as a new matrix. */
    public DMatrixRMaj layer(double[] params, int l) {
        requireParams(params);
        DMatrixRMaj m = new DMatrixRMaj(widths[l], widths[l - 1]);
        System.arraycopy(params, offset(l), m.data, 0, m.data.length);
        return m;
    }

    /** Packs {@code W_1, ..., W_L} into a parameter vector. */
    public double[] pack(DMatrixRMaj... layers) {
        Require.that(layers.length == depth(), "layers.length", layers.length, "must equal depth " + depth());
        double[] p = new double[parameterCount()];
        for (int l = 1; l <= depth(); l++) {
            DMatrixRMaj m = layers[l - 1];
            Require.that(m.numRows == widths[l] && m.numCols == widths[l - 1], "layers[" + (l - 1) + "] shape",
                    m.numRows + "x" + m.numCols, "must be " + widths[l] + "x" + widths[l - 1]);
            System.arraycopy(m.data, 0, p, offset(l), m.data.length);
        }
        return p;
    }

    /** The network output {@code f(x)} for one input (allocates; for analysis, not training). */
    public double[] output(double[] params, double[] x) {
        requireParams(params);
        Require.length("x", x, widths[0]);
        double[] a = x;
        for (int l = 1; l <= depth(); l++) {
            double[] z = new double[widths[l]];
            int o = offsets[l - 1];
            int n = widths[l - 1];
            for (int j = 0; j < z.length; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += params[o + j * n + k] * a[k];
                }
                z[j] = l < depth() ? activation.apply(s) : s;
            }
            a = z;
        }
        return a;
    }

    /** Outputs for the rows of {@code x} (P x n_0): a P x n_L matrix. */
    public DMatrixRMaj outputs(double[] params, DMatrixRMaj x) {
        Require.that(x.numCols == widths[0], "x.numCols", x.numCols, "must equal inputs " + widths[0]);
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, outputs());
        double[] row = new double[x.numCols];
        for (int i = 0; i < x.numRows; i++) {
            System.arraycopy(x.data, i * x.numCols, row, 0, row.length);
            double[] f = output(params, row);
            System.arraycopy(f, 0, out.data, i * f.length, f.length);
        }
        return out;
    }

    void requireParams(double[] params) {
        Require.length("params", params, parameterCount());
    }

    @Override
    public String toString() {
        return "BiasFreeNetwork" + Arrays.toString(widths) + " slope " + slope();
    }
}

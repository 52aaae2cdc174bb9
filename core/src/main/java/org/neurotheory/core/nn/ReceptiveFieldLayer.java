package org.neurotheory.core.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;

/**
 * Shared body of {@link Conv2d} and {@link LocallyConnected2d}: im2col of the input
 * ({@link ConvGeometry}), a GEMM that the subclass defines (shared or per-position weights),
 * reordering to [B, Cout, Ho, Wo] plus a per-channel bias, and the reverse path through col2im.
 * FLOAT networks reorder through reused Java arrays (the same bits as the element-wise loops).
 */
abstract class ReceptiveFieldLayer extends WeightedLayer {
    protected final ConvGeometry geometry;
    protected final int outChannels;
    private INDArray cols;
    private INDArray z;
    private INDArray output;
    private INDArray gz;
    private INDArray dcols;
    private INDArray gradInput;
    private int batch;
    /** Reused host copies for the FLOAT reorders: [B*P, Cout] products and [B, Cout, P] outputs. */
    private float[] rowValues;
    private float[] channelValues;
    private float[] biasValues;

    ReceptiveFieldLayer(String name, ConvGeometry geometry, int outChannels, boolean withBias, Init weightInit, Init biasInit,
                        long... weightShape) {
        super(name, withBias, weightInit, biasInit, Require.positive("outChannels", outChannels), weightShape);
        this.geometry = Require.nonNull("geometry", geometry);
        this.outChannels = outChannels;
        initialise(0);
    }

    /** Whether im2col rows are position-major ([P, B, K]) rather than sample-major ([B*P, K]). */
    abstract boolean positionMajor();

    /** z = patches times weights, in the row layout of {@link #positionMajor()}. */
    abstract void multiply(INDArray cols, INDArray w, INDArray z);

    /** dW from the patches and dz; dcols (if not null) from dz and the weights. */
    abstract void multiplyBack(INDArray cols, INDArray gz, INDArray w, INDArray gradW, INDArray dcols);

    /** The receptive-field geometry. */
    public ConvGeometry geometry() {
        return geometry;
    }

    /** Output channels. */
    public int outChannels() {
        return outChannels;
    }

    @Override
    int fanIn() {
        return geometry.patchSize();
    }

    @Override
    int fanOut() {
        return outChannels * geometry.kernel() * geometry.kernel();
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        long[] want = geometry.inputShape();
        if (!Arrays.equals(inputShape, want)) {
            throw shapeMismatch(Arrays.toString(want), inputShape);
        }
        return new long[] {outChannels, geometry.outHeight(), geometry.outWidth()};
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        batch = (int) checkInput(in);
        INDArray x = Flat.contiguous(in);
        DataType t = x.dataType();
        int p = geometry.positions();
        int k = geometry.patchSize();
        boolean pm = positionMajor();
        cols = pm ? buffer(cols, t, p, batch, k) : buffer(cols, t, (long) batch * p, k);
        geometry.im2col(x, cols, pm);
        z = pm ? buffer(z, t, p, batch, outChannels) : buffer(z, t, (long) batch * p, outChannels);
        multiply(cols, weight.effective(), z);
        output = buffer(output, t, batch, outChannels, geometry.outHeight(), geometry.outWidth());
        if (t == DataType.FLOAT) {
            rowValues = Flat.readFloats(z, rowValues);
            channelValues = channelValues != null && channelValues.length == output.length() ? channelValues : new float[(int) output.length()];
            float[] b = bias == null ? null : (biasValues = Flat.readFloats(bias.value(), biasValues));
            for (int s = 0; s < batch; s++) {
                for (int o = 0; o < outChannels; o++) {
                    int at = (s * outChannels + o) * p;
                    for (int q = 0; q < p; q++) {
                        int row = pm ? q * batch + s : s * p + q;
                        channelValues[at + q] = (float) (rowValues[row * outChannels + o] + (b == null ? 0 : (double) b[o]));
                    }
                }
            }
            Flat.writeFloats(output, channelValues);
        } else {
            reorderOutput();
        }
        return output;
    }

    /** output [B, Cout, Ho, Wo] from z in the GEMM's row layout, plus the bias. */
    private void reorderOutput() {
        int p = geometry.positions();
        boolean pm = positionMajor();
        try (Flat zf = Flat.of(z); Flat of = Flat.of(output); Flat bf = bias == null ? null : Flat.of(bias.value())) {
            for (int s = 0; s < batch; s++) {
                for (int q = 0; q < p; q++) {
                    int row = pm ? q * batch + s : s * p + q;
                    for (int o = 0; o < outChannels; o++) {
                        of.set((s * outChannels + o) * p + q, zf.get(row * outChannels + o) + (bf == null ? 0 : bf.get(o)));
                    }
                }
            }
        }
    }

    @Override
    public INDArray backward(INDArray gradOutput, boolean inputGradient) {
        INDArray go = Flat.contiguous(gradOutput);
        DataType t = go.dataType();
        int p = geometry.positions();
        boolean pm = positionMajor();
        gz = pm ? buffer(gz, t, p, batch, outChannels) : buffer(gz, t, (long) batch * p, outChannels);
        double[] db = new double[outChannels];
        if (t == DataType.FLOAT) {
            channelValues = Flat.readFloats(go, channelValues);
            rowValues = rowValues != null && rowValues.length == gz.length() ? rowValues : new float[(int) gz.length()];
            for (int s = 0; s < batch; s++) {
                for (int o = 0; o < outChannels; o++) {
                    for (int q = 0; q < p; q++) {
                        float v = channelValues[(s * outChannels + o) * p + q];
                        db[o] += v;
                        rowValues[(pm ? q * batch + s : s * p + q) * outChannels + o] = v;
                    }
                }
            }
            Flat.writeFloats(gz, rowValues);
        } else {
            reorderGradient(go, db);
        }
        if (bias != null) {
            Tensors.assign(bias.gradient(), db);
        }
        if (inputGradient) {
            dcols = buffer(dcols, t, cols.shape());
        }
        multiplyBack(cols, gz, weight.effective(), weight.gradient(), inputGradient ? dcols : null);
        if (!inputGradient) {
            return null;
        }
        gradInput = buffer(gradInput, t, batch, geometry.channels(), geometry.height(), geometry.width());
        geometry.col2im(dcols, gradInput, pm);
        return gradInput;
    }

    /** dz in the GEMM's row layout from dL/d(output) [B, Cout, Ho, Wo], and the bias gradient summed into {@code db}. */
    private void reorderGradient(INDArray go, double[] db) {
        int p = geometry.positions();
        boolean pm = positionMajor();
        try (Flat gf = Flat.of(go); Flat zf = Flat.of(gz)) {
            for (int s = 0; s < batch; s++) {
                for (int o = 0; o < outChannels; o++) {
                    for (int q = 0; q < p; q++) {
                        double v = gf.get((s * outChannels + o) * p + q);
                        db[o] += v;
                        zf.set((pm ? q * batch + s : s * p + q) * outChannels + o, v);
                    }
                }
            }
        }
    }
}

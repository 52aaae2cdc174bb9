package org.neurotheory.core.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Rectified linear unit y = max(0, x), element-wise; dy/dx = 1 for x > 0, else 0. */
public final class Relu extends AbstractLayer {
    private INDArray input;
    private INDArray output;
    private INDArray gradInput;
    private float[] values;
    private float[] gradients;

    /** An unnamed ReLU (named by its {@link Sequential}). */
    public Relu() {
        super(null);
    }

    /** A named ReLU. */
    public Relu(String name) {
        super(name);
    }

    @Override
    protected String kind() {
        return "relu";
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        return inputShape.clone();
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        checkInput(in);
        input = Flat.contiguous(in);
        output = buffer(output, in.dataType(), in.shape());
        if (in.dataType() == DataType.FLOAT) {
            values = Flat.readFloats(input, values);
            for (int i = 0; i < values.length; i++) {
                int bits = Float.floatToRawIntBits(values[i]);
                values[i] = Float.intBitsToFloat(bits & positiveMask(bits));
            }
            Flat.writeFloats(output, values);
            return output;
        }
        try (Flat x = Flat.of(input); Flat y = Flat.of(output)) {
            for (int i = 0, n = x.size(); i < n; i++) {
                double v = x.get(i);
                y.set(i, v > 0 ? v : 0.0);
            }
        }
        return output;
    }

    @Override
    public INDArray backward(INDArray gradOutput, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        gradInput = buffer(gradInput, gradOutput.dataType(), gradOutput.shape());
        if (input.dataType() == DataType.FLOAT && gradOutput.dataType() == DataType.FLOAT) {
            // values holds this input's forward outputs, which are positive exactly where the input is
            if (values == null || values.length != input.length()) {
                values = Flat.readFloats(input, values);
            }
            gradients = Flat.readFloats(Flat.contiguous(gradOutput), gradients);
            for (int i = 0; i < values.length; i++) {
                int mask = positiveMask(Float.floatToRawIntBits(values[i]));
                gradients[i] = Float.intBitsToFloat(Float.floatToRawIntBits(gradients[i]) & mask);
            }
            Flat.writeFloats(gradInput, gradients);
            return gradInput;
        }
        try (Flat x = Flat.of(input); Flat g = Flat.of(Flat.contiguous(gradOutput)); Flat gi = Flat.of(gradInput)) {
            for (int i = 0, n = x.size(); i < n; i++) {
                gi.set(i, x.get(i) > 0 ? g.get(i) : 0.0);
            }
        }
        return gradInput;
    }

    /**
     * All ones when the float with these bits is greater than zero (bits in [1, 0x7f800000]: positive,
     * not NaN), else zero; without a branch, so the float loops do not mispredict on random signs and
     * give the same values as {@code x > 0 ? v : 0} (NaN and -0 map to +0).
     */
    private static int positiveMask(int bits) {
        return ~(((bits - 1) | (0x7f800000 - bits)) >> 31);
    }
}

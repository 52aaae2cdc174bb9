package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Rectified linear unit y = max(0, x), element-wise; dy/dx = 1 for x > 0, else 0. */
public final class Relu extends AbstractLayer {
    private INDArray input;
    private INDArray output;
    private INDArray gradInput;

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
        Flat x = Flat.of(input);
        Flat y = Flat.of(output);
        for (int i = 0, n = x.size(); i < n; i++) {
            double v = x.get(i);
            y.set(i, v > 0 ? v : 0.0);
        }
        return output;
    }

    @Override
    public INDArray backward(INDArray gradOutput, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        gradInput = buffer(gradInput, gradOutput.dataType(), gradOutput.shape());
        Flat x = Flat.of(input);
        Flat g = Flat.of(Flat.contiguous(gradOutput));
        Flat gi = Flat.of(gradInput);
        for (int i = 0, n = x.size(); i < n; i++) {
            gi.set(i, x.get(i) > 0 ? g.get(i) : 0.0);
        }
        return gradInput;
    }
}

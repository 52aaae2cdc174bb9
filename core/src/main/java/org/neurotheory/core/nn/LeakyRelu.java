package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;

/** Leaky ReLU y = x for x > 0, slope*x otherwise (slope 0.01 in PyTorch's default), element-wise. */
public final class LeakyRelu extends AbstractLayer {
    private final double slope;
    private INDArray input;
    private INDArray output;
    private INDArray gradInput;

    /** An unnamed leaky ReLU with the given negative slope in [0, 1). */
    public LeakyRelu(double slope) {
        this(null, slope);
    }

    /** A named leaky ReLU with the given negative slope in [0, 1). */
    public LeakyRelu(String name, double slope) {
        super(name);
        this.slope = Require.inRange("slope", slope, 0.0, 0.999999);
    }

    @Override
    protected String kind() {
        return "leakyrelu";
    }

    /** The negative-side slope. */
    public double slope() {
        return slope;
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
        try (Flat x = Flat.of(input); Flat y = Flat.of(output)) {
            for (int i = 0, n = x.size(); i < n; i++) {
                double v = x.get(i);
                y.set(i, v > 0 ? v : slope * v);
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
        try (Flat x = Flat.of(input); Flat g = Flat.of(Flat.contiguous(gradOutput)); Flat gi = Flat.of(gradInput)) {
            for (int i = 0, n = x.size(); i < n; i++) {
                gi.set(i, x.get(i) > 0 ? g.get(i) : slope * g.get(i));
            }
        }
        return gradInput;
    }
}

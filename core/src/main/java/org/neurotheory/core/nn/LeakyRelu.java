package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.LeakyReLUBp;
import org.nd4j.linalg.factory.Nd4j;
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
        input = in;
        output = buffer(output, in.dataType(), in.shape());
        Nd4j.exec(new LeakyReLU(in, output, slope));
        return output;
    }

    @Override
    public INDArray backward(INDArray gradOutput, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        gradInput = buffer(gradInput, gradOutput.dataType(), gradOutput.shape());
        Nd4j.exec(new LeakyReLUBp(input, gradOutput, gradInput, slope));
        return gradInput;
    }
}

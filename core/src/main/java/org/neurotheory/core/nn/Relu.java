package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.ThresholdReluBp;
import org.nd4j.linalg.factory.Nd4j;

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
        input = in;
        output = buffer(output, in.dataType(), in.shape());
        Nd4j.exec(new RectifiedLinear(in, output, 0.0));
        return output;
    }

    @Override
    public INDArray backward(INDArray gradOutput, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        gradInput = buffer(gradInput, gradOutput.dataType(), gradOutput.shape());
        Nd4j.exec(new ThresholdReluBp(input, gradOutput, gradInput, 0.0));
        return gradInput;
    }
}

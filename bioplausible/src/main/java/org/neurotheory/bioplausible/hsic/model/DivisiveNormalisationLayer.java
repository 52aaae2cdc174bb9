package org.neurotheory.bioplausible.hsic.model;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.neurotheory.core.nn.AbstractLayer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@link DivisiveNormalisation} as a network layer (Sec. 2.6): the same op in training and
 * evaluation, with its backward pass for the backprop baseline. Inputs are flattened per sample.
 */
public final class DivisiveNormalisationLayer extends AbstractLayer {
    private final DivisiveNormalisation op;
    private DivisiveNormalisation.Normalised last;

    /** @param op groups, power p and smoothing delta */
    public DivisiveNormalisationLayer(DivisiveNormalisation op) {
        super(null);
        this.op = Require.nonNull("op", op);
    }

    @Override
    protected String kind() {
        return "divnorm";
    }

    /** The normalisation this layer applies. */
    public DivisiveNormalisation op() {
        return op;
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        long n = Arrays.stream(inputShape).reduce(1, (a, b) -> a * b);
        GroupStatistics.requireDivides(op.groups(), n);
        return inputShape.clone();
    }

    @Override
    public INDArray forward(INDArray input, boolean training) {
        long b = checkInput(input);
        last = op.forward(input.rank() == 2 ? input : input.reshape('c', b, input.length() / b));
        return input.rank() == 2 ? last.r() : last.r().reshape('c', input.shape());
    }

    @Override
    public INDArray backward(INDArray gradOutput, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        long b = gradOutput.size(0);
        INDArray g = gradOutput.rank() == 2 ? gradOutput : gradOutput.reshape('c', b, gradOutput.length() / b);
        INDArray dz = op.backward(last, g);
        return gradOutput.rank() == 2 ? dz : dz.reshape('c', gradOutput.shape());
    }

    @Override
    public String toString() {
        return name() + " (divisive normalisation, " + op.groups() + " groups, p = " + op.power() + ")";
    }
}

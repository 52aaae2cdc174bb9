package org.neurotheory.core.nn;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;

/**
 * Fully connected layer y = x W + b with the weight W of shape [in, out] and the bias b of shape [1, out]. Inputs of
 * higher rank ([batch, C, H, W]) are flattened per sample in row-major order. Backward:
 * dW = x^T dy, db = 1^T dy, dx = dy W^T, each one GEMM (the bias sum is a GEMM with a ones
 * vector, so its bytes do not depend on the thread count).
 */
public final class Dense extends WeightedLayer {
    private final int in;
    private final int out;
    private INDArray input2d;
    private long[] inputShape;
    private INDArray output;
    private INDArray gradInput;
    private INDArray ones;

    /** An unnamed layer with PyTorch's default initialisation (U(+-1/sqrt(in)) for weights and bias). */
    public Dense(int in, int out) {
        this(null, in, out, true, Init.uniformFanIn(), Init.uniformFanIn());
    }

    /** A named layer with PyTorch's default initialisation. */
    public Dense(String name, int in, int out) {
        this(name, in, out, true, Init.uniformFanIn(), Init.uniformFanIn());
    }

    /**
     * @param name       layer name or {@code null}
     * @param in         inputs per sample (> 0)
     * @param out        outputs per sample (> 0)
     * @param withBias   whether the layer has a bias
     * @param weightInit weight initialiser
     * @param biasInit   bias initialiser (ignored without bias)
     */
    public Dense(String name, int in, int out, boolean withBias, Init weightInit, Init biasInit) {
        super(name, withBias, weightInit, biasInit, out, Require.positive("in", in), Require.positive("out", out));
        this.in = in;
        this.out = out;
        initialise(0);
    }

    @Override
    protected String kind() {
        return "dense";
    }

    /** Inputs per sample. */
    public int in() {
        return in;
    }

    /** Outputs per sample. */
    public int out() {
        return out;
    }

    @Override
    int fanIn() {
        return in;
    }

    @Override
    int fanOut() {
        return out;
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        long n = 1;
        for (long s : inputShape) {
            n *= s;
        }
        if (n != in) {
            throw shapeMismatch("[" + in + "] (or any shape with " + in + " values)", inputShape);
        }
        return new long[] {out};
    }

    @Override
    public INDArray forward(INDArray input, boolean training) {
        long b = checkInput(input);
        inputShape = input.shape();
        INDArray x = Flat.contiguous(input);
        input2d = x.rank() == 2 ? x : x.reshape('c', b, in);
        DataType t = input.dataType();
        output = buffer(output, t, b, out);
        Gemm.gemm(input2d, false, weight.effective(), false, output, 1.0, 0.0);
        if (bias != null) {
            addBias((int) b, t);
        }
        return output;
    }

    /**
     * output += 1 b^T as one BLAS rank-one update (ger with alpha = 1 and a vector of ones): each
     * entry is rounded once, o + b, exactly as an element-wise loop would compute it.
     */
    private void addBias(int b, DataType t) {
        ones = onesOf(t, b);
        if (t == DataType.FLOAT) {
            openblas.cblas_sger(openblas.CblasRowMajor, b, out, 1f, (FloatPointer) ones.data().addressPointer(), 1,
                    (FloatPointer) bias.value().data().addressPointer(), 1, (FloatPointer) output.data().addressPointer(), out);
        } else {
            openblas.cblas_dger(openblas.CblasRowMajor, b, out, 1.0, (DoublePointer) ones.data().addressPointer(), 1,
                    (DoublePointer) bias.value().data().addressPointer(), 1, (DoublePointer) output.data().addressPointer(), out);
        }
    }

    private INDArray onesOf(DataType t, long b) {
        INDArray o = buffer(ones, t, 1, b);
        if (o.getDouble(0) != 1.0) {
            o.assign(1.0);
        }
        return o;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean inputGradient) {
        INDArray gradOutput = Flat.contiguous(gradOut);
        long b = input2d.size(0);
        Gemm.gemm(input2d, true, gradOutput, false, weight.gradient(), 1.0, 0.0);
        if (bias != null) {
            ones = onesOf(gradOutput.dataType(), b);
            Gemm.gemm(ones, false, gradOutput, false, bias.gradient(), 1.0, 0.0);
        }
        if (!inputGradient) {
            return null;
        }
        gradInput = buffer(gradInput, gradOutput.dataType(), b, in);
        Gemm.gemm(gradOutput, false, weight.effective(), true, gradInput, 1.0, 0.0);
        return inputShape.length == 2 ? gradInput : gradInput.reshape('c', inputShape);
    }

    @Override
    public String toString() {
        return name() + " (dense " + in + " -> " + out + (bias == null ? ", no bias" : "") + ")";
    }
}

package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * 2-d convolution by im2col and one GEMM: z[b,o,i,j] = sum_{c,a,d} W[o,(c,a,d)]
 * x_pad[b,c,s i+a,s j+d] + bias[o]. The weight is stored as [Cout, C k^2] (patch order channel,
 * row, column). Backward: dW = dz^T cols, dcols = dz W, then col2im. Default initialisation is
 * PyTorch's (U(+-1/sqrt(C k^2)) for weight and bias).
 */
public final class Conv2d extends ReceptiveFieldLayer {
    /** Unnamed, with bias and PyTorch's default initialisation. */
    public Conv2d(ConvGeometry geometry, int outChannels) {
        this(null, geometry, outChannels, true, Init.uniformFanIn(), Init.uniformFanIn());
    }

    /** Named, with bias and PyTorch's default initialisation. */
    public Conv2d(String name, ConvGeometry geometry, int outChannels) {
        this(name, geometry, outChannels, true, Init.uniformFanIn(), Init.uniformFanIn());
    }

    /**
     * @param name        layer name or {@code null}
     * @param geometry    input size, kernel, stride, padding
     * @param outChannels output channels
     * @param withBias    whether to add a per-channel bias
     * @param weightInit  weight initialiser (fan-in C k^2, fan-out Cout k^2)
     * @param biasInit    bias initialiser
     */
    public Conv2d(String name, ConvGeometry geometry, int outChannels, boolean withBias, Init weightInit, Init biasInit) {
        super(name, geometry, outChannels, withBias, weightInit, biasInit, outChannels, geometry.patchSize());
    }

    @Override
    protected String kind() {
        return "conv2d";
    }

    @Override
    boolean positionMajor() {
        return false;
    }

    @Override
    void multiply(INDArray cols, INDArray w, INDArray z) {
        Gemm.gemm(cols, false, w, true, z, 1.0, 0.0);
    }

    @Override
    void multiplyBack(INDArray cols, INDArray gz, INDArray w, INDArray gradW, INDArray dcols) {
        Gemm.gemm(gz, true, cols, false, gradW, 1.0, 0.0);
        if (dcols != null) {
            Gemm.gemm(gz, false, w, false, dcols, 1.0, 0.0);
        }
    }
}

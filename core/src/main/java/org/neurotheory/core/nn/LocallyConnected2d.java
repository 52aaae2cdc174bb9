package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.OpenBlasThreads;

/**
 * Locally connected 2-d layer: the receptive fields of {@link Conv2d} with a weight per output
 * position, z[b,o,q] = sum_{c,a,d} W[q,(c,a,d),o] x_pad[b,c,patch q] + bias[o]. The weight is
 * stored as [P, C k^2, Cout]; the forward pass is one batched GEMM over positions
 * ([P, B, K] x [P, K, Cout]) on the im2col patches shared with Conv2d, so an LC layer whose
 * weights equal a convolution's at every position (W[q,:,o] = Wconv[o,:]) computes exactly that
 * convolution. Default initialisation: N(0, 2/(Cout k^2)) drawn independently at every position
 * ("kaiming normal, fan_out"), bias U(+-1/sqrt(C k^2)).
 */
public final class LocallyConnected2d extends ReceptiveFieldLayer {
    /** Unnamed, with bias and the default initialisation. */
    public LocallyConnected2d(ConvGeometry geometry, int outChannels) {
        this(null, geometry, outChannels, true, Init.heNormalFanOut(), Init.uniformFanIn());
    }

    /** Named, with bias and the default initialisation. */
    public LocallyConnected2d(String name, ConvGeometry geometry, int outChannels) {
        this(name, geometry, outChannels, true, Init.heNormalFanOut(), Init.uniformFanIn());
    }

    /**
     * @param name        layer name or {@code null}
     * @param geometry    input size, kernel, stride, padding
     * @param outChannels output channels
     * @param withBias    whether to add a per-channel bias
     * @param weightInit  weight initialiser (fan-in C k^2, fan-out Cout k^2)
     * @param biasInit    bias initialiser
     */
    public LocallyConnected2d(String name, ConvGeometry geometry, int outChannels, boolean withBias, Init weightInit,
                              Init biasInit) {
        super(name, geometry, outChannels, withBias, weightInit, biasInit, geometry.positions(), geometry.patchSize(),
                outChannels);
    }

    @Override
    protected String kind() {
        return "lc2d";
    }

    @Override
    boolean positionMajor() {
        return true;
    }

    @Override
    void multiply(INDArray cols, INDArray w, INDArray z) {
        OpenBlasThreads.useOne(); // ND4J's batched product may call OpenBLAS
        Nd4j.matmul(cols, w, z, false, false, false);
    }

    @Override
    void multiplyBack(INDArray cols, INDArray gz, INDArray w, INDArray gradW, INDArray dcols) {
        OpenBlasThreads.useOne();
        Nd4j.matmul(cols, gz, gradW, true, false, false);
        if (dcols != null) {
            Nd4j.matmul(gz, w, dcols, false, true, false);
        }
    }

    /** Sets every position's weights to those of {@code conv} (same geometry and channels): W[q,:,o] = Wconv[o,:]. */
    public void copyFrom(Conv2d conv) {
        Require.that(conv.geometry().equals(geometry) && conv.outChannels() == outChannels,
                "conv", conv, "must have geometry " + geometry + " and " + outChannels + " output channels");
        INDArray wc = conv.weight().effective().transpose();
        INDArray w = weight.value();
        for (int q = 0; q < geometry.positions(); q++) {
            w.slice(q).assign(wc);
        }
        weight.markUpdated();
        if (bias != null && conv.bias() != null) {
            bias.set(conv.bias().value());
        }
    }
}

package org.neurotheory.bioplausible.conv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.nn.Conv2d;
import org.neurotheory.core.nn.ConvGeometry;
import org.neurotheory.core.nn.Init;
import org.neurotheory.core.nn.LocallyConnected2d;

/**
 * Card check 1 through this module's weight layout: a locally connected layer whose positions all
 * hold one kernel is that convolution, and full sharing ({@link SharingGroups#ALL_POSITIONS}) of an
 * LC layer gives a convolution with the mean kernel.
 */
class LcConvEquivalenceTest {
    @Test
    void sharedLcEqualsConvolutionAndLayoutMatchesCore() {
        long seed = 0;
        for (int k : new int[] {1, 3, 5}) {
            for (int s : new int[] {1, 2}) {
                for (int h : new int[] {4, 8}) {
                    for (boolean bias : new boolean[] {false, true}) {
                        int cin = 1 + (int) (seed % 4);
                        int cout = 1 + (int) ((seed / 2) % 4);
                        seed++;
                        ConvGeometry g = new ConvGeometry(cin, h, h, k, s, (k - 1) / 2);
                        Conv2d conv = new Conv2d("conv", g, cout, bias, Init.heNormalFanOut(), Init.uniformFanIn());
                        conv.initialise(seed);
                        LocallyConnected2d lc = new LocallyConnected2d("lc", g, cout, bias, Init.heNormalFanOut(),
                                Init.uniformFanIn());
                        lc.initialise(seed + 100);
                        // the converse direction: make every LC position equal through this module's layout
                        LcWeightLayout l = new LcWeightLayout(cin, cout, h, k, s);
                        float[] w = lc.weight().value().data().asFloat();
                        InstantSharing.share(w, l, SharingGroups.ALL_POSITIONS);
                        lc.weight().set(Nd4j.create(w, lc.weight().shape()));
                        // conv kernel Wconv[o, K] = shared LC kernel W[0, K, o]
                        float[] kernel = new float[cout * l.fanIn()];
                        for (int q = 0; q < l.fanIn(); q++) {
                            for (int o = 0; o < cout; o++) {
                                kernel[o * l.fanIn() + q] = w[l.index(0, 0, q / (k * k), (q / k) % k, q % k, o)];
                            }
                        }
                        conv.weight().set(Nd4j.create(kernel, conv.weight().shape()));
                        if (bias) {
                            lc.bias().set(conv.bias().value());
                        }
                        INDArray x = Nd4j.randn(DataType.FLOAT, 3, cin, h, h);
                        INDArray a = conv.forward(x, false).dup();
                        INDArray b = lc.forward(x, false).dup();
                        String at = "k=" + k + " s=" + s + " h=" + h + " bias=" + bias;
                        // float32 sums of at most 4*25 products of unit-scale terms: 1e-5 absolute
                        assertEquals(0, a.sub(b).amaxNumber().doubleValue(), 1e-5, at);
                    }
                }
            }
        }
    }
}

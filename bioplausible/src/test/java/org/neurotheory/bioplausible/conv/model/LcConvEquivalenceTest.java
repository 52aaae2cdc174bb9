package org.neurotheory.bioplausible.conv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import java.util.SplittableRandom;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.Conv2d;
import org.neurotheory.core.nn.ConvGeometry;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Init;
import org.neurotheory.core.nn.LeakyRelu;
import org.neurotheory.core.nn.LocallyConnected2d;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.testing.GradientCheck;

/**
 * Checks 1 and 2 (LC equals conv with tied weights; finite-difference gradients) through this module's weight layout: a locally connected layer whose positions
 * all hold one kernel is that convolution (float and double), full sharing
 * ({@link SharingGroups#ALL_POSITIONS}) of an LC layer gives a convolution with the mean kernel, and
 * the LC layer's input and weight gradients pass a finite-difference check at a relative tolerance of 1e-6.
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
                        Sequential.of(conv).castTo(DataType.DOUBLE);
                        Sequential.of(lc).castTo(DataType.DOUBLE);
                        INDArray xd = x.castTo(DataType.DOUBLE);
                        INDArray ad = conv.forward(xd, false).dup();
                        INDArray bd = lc.forward(xd, false).dup();
                        // the same sums in double: rounding about 1e-15, the bound 1e-12
                        assertEquals(0, ad.sub(bd).amaxNumber().doubleValue(), 1e-12, at + " (double)");
                    }
                }
            }
        }
    }

    @Test
    void lcGradientsMatchFiniteDifferencesToOneInAMillion() {
        // Check 2: input and weight gradients of the LC layer, double precision, relative error
        // < 1e-6, at the reduced network's kernel 3 with strides 1 and 2, and at kernel 5. Central
        // differences with h = 1e-5: rounding of the quotient about 1e-16/h = 1e-11, truncation
        // about h^2 = 1e-10, both far below 1e-6 of the 1e-4 floor. (With h = 1e-6 the rounding alone
        // reaches 1.5e-6 relative on the smallest entries, and it grows as 1/h: the quotient, not the
        // gradient, is what misses there.)
        for (int[] c : new int[][] {{2, 6, 3, 1}, {2, 6, 3, 2}, {1, 5, 5, 1}}) {
            ConvGeometry g = new ConvGeometry(c[0], c[1], c[1], c[2], c[3], (c[2] - 1) / 2);
            int out = 3;
            int side = g.outHeight();
            Sequential net = Sequential.of(new LocallyConnected2d("lc", g, out, false, Init.heNormalFanOut(),
                    Init.uniformFanIn()), new LeakyRelu(0.1), new Dense(out * side * side, 4)).initialised(c[3] + 7L)
                    .castTo(DataType.DOUBLE);
            SplittableRandom rng = new SplittableRandom(c[1] * 10L + c[3]);
            double[] x = new double[3 * c[0] * c[1] * c[1]];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextGaussian();
            }
            int[] labels = {rng.nextInt(4), rng.nextInt(4), rng.nextInt(4)};
            Batch batch = Batch.of(Nd4j.create(x, new long[] {3, c[0], c[1], c[1]}), labels);
            double worst = GradientCheck.worstRelativeError(net, new SoftmaxCrossEntropy(), batch, 1e-5, 1, 1e-4);
            assertTrue(worst < 1e-6, "geometry " + g + ": worst relative gradient error " + worst);
        }
    }
}

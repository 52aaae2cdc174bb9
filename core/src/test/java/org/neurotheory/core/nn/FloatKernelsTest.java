package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The float32 fast paths (block copies, branch-free ReLU, bias by a BLAS rank-one update) give the
 * same bits as the element-wise definitions they replace, including signed zeros, NaN and infinities.
 */
class FloatKernelsTest {
    private static final float[] SPECIAL = {0f, -0f, 1e-45f, -1e-45f, 1.5f, -2.5f, Float.MAX_VALUE, -Float.MAX_VALUE,
        Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0xffc00000), 3e-39f, -3e-39f};

    @Test
    void reluForwardAndBackwardMatchTheDefinitionBitForBit() {
        int n = SPECIAL.length;
        INDArray x = Nd4j.create(SPECIAL, new long[] {1, n}, DataType.FLOAT);
        float[] g = new float[n];
        for (int i = 0; i < n; i++) {
            g[i] = (i % 2 == 0 ? -1 : 1) * (i + 0.25f);
        }
        Relu relu = new Relu();
        INDArray y = relu.forward(x, true);
        INDArray gi = relu.backward(Nd4j.create(g, new long[] {1, n}, DataType.FLOAT), true);
        for (int i = 0; i < n; i++) {
            float v = SPECIAL[i];
            float expectedY = (float) (v > 0 ? (double) v : 0.0);
            float expectedG = (float) (v > 0 ? (double) g[i] : 0.0);
            assertEquals(Float.floatToRawIntBits(expectedY), Float.floatToRawIntBits(y.getFloat(0, i)), "relu(" + v + ")");
            assertEquals(Float.floatToRawIntBits(expectedG), Float.floatToRawIntBits(gi.getFloat(0, i)), "relu'(" + v + ")");
        }
    }

    @Test
    void denseBiasIsAddedWithOneRoundingPerEntry() {
        for (DataType t : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            Dense dense = new Dense(7, 5);
            Sequential net = Sequential.of(dense).initialised(3).castTo(t);
            Dense d = (Dense) net.layers().get(0);
            INDArray x = Nd4j.rand(t, 4, 7).subi(0.5);
            d.bias().set(Nd4j.zeros(t, 1, 5));
            INDArray product = d.forward(x, false).dup();
            d.bias().set(Nd4j.rand(t, 1, 5).subi(0.5).muli(3));
            INDArray out = d.forward(x, false).dup();
            for (int r = 0; r < 4; r++) {
                for (int j = 0; j < 5; j++) {
                    if (t == DataType.FLOAT) {
                        float expected = product.getFloat(r, j) + d.bias().value().getFloat(0, j);
                        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(out.getFloat(r, j)), t + " entry " + r + "," + j);
                    } else {
                        double expected = product.getDouble(r, j) + d.bias().value().getDouble(0, j);
                        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(out.getDouble(r, j)), t + " entry " + r + "," + j);
                    }
                }
            }
        }
    }

    @Test
    void im2colAndCol2imMatchTheirDefinitionsBitForBit() {
        Random random = new Random(7);
        ConvGeometry[] geometries = {new ConvGeometry(3, 7, 6, 3, 1, 0), new ConvGeometry(2, 7, 7, 3, 2, 1),
            new ConvGeometry(1, 5, 5, 2, 1, 2)};
        for (ConvGeometry g : geometries) {
            for (boolean positionMajor : new boolean[] {false, true}) {
                int b = 3;
                int p = g.positions();
                int k = g.patchSize();
                int kernel = g.kernel();
                float[] x = new float[b * g.channels() * g.height() * g.width()];
                float[] cols = new float[b * p * k];
                for (int i = 0; i < x.length; i++) {
                    x[i] = i < SPECIAL.length ? SPECIAL[i] : (float) random.nextGaussian() * (1 << random.nextInt(20));
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = (float) random.nextGaussian() * (1 << random.nextInt(20));
                }
                INDArray xa = Nd4j.create(x, new long[] {b, g.channels(), g.height(), g.width()}, DataType.FLOAT);
                INDArray colsOut = Nd4j.create(DataType.FLOAT, (long) b * p, k);
                g.im2col(xa, colsOut, positionMajor);
                INDArray gx = Nd4j.create(DataType.FLOAT, b, g.channels(), g.height(), g.width());
                g.col2im(Nd4j.create(cols, new long[] {(long) b * p, k}, DataType.FLOAT), gx, positionMajor);
                float[] patches = colsOut.data().asFloat();
                float[] sums = gx.data().asFloat();
                String where = g + (positionMajor ? " position-major" : " sample-major");
                for (int s = 0; s < b; s++) {
                    for (int c = 0; c < g.channels(); c++) {
                        for (int y = 0; y < g.height(); y++) {
                            for (int xx = 0; xx < g.width(); xx++) {
                                float sum = 0f;
                                for (int i = 0; i < g.outHeight(); i++) {
                                    for (int j = 0; j < g.outWidth(); j++) {
                                        int a = y + g.padding() - i * g.stride();
                                        int d = xx + g.padding() - j * g.stride();
                                        if (a >= 0 && a < kernel && d >= 0 && d < kernel) {
                                            int row = positionMajor ? (i * g.outWidth() + j) * b + s : s * p + i * g.outWidth() + j;
                                            sum += cols[row * k + (c * kernel + a) * kernel + d];
                                        }
                                    }
                                }
                                int idx = ((s * g.channels() + c) * g.height() + y) * g.width() + xx;
                                assertEquals(Float.floatToRawIntBits(sum), Float.floatToRawIntBits(sums[idx]), where + " col2im entry " + idx);
                            }
                        }
                    }
                    for (int i = 0; i < g.outHeight(); i++) {
                        for (int j = 0; j < g.outWidth(); j++) {
                            int row = positionMajor ? (i * g.outWidth() + j) * b + s : s * p + i * g.outWidth() + j;
                            for (int c = 0; c < g.channels(); c++) {
                                for (int a = 0; a < kernel; a++) {
                                    for (int d = 0; d < kernel; d++) {
                                        int y = i * g.stride() + a - g.padding();
                                        int xx = j * g.stride() + d - g.padding();
                                        boolean inside = y >= 0 && y < g.height() && xx >= 0 && xx < g.width();
                                        float expected = inside ? x[((s * g.channels() + c) * g.height() + y) * g.width() + xx] : 0f;
                                        int at = row * k + (c * kernel + a) * kernel + d;
                                        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(patches[at]), where + " im2col entry " + at);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

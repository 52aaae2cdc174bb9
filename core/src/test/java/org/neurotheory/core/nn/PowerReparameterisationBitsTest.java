package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The float32 forward map and chain rule of {@link PowerReparameterisation} for alpha in {2, 3, 4, 5}
 * give exactly the bits of the scalar formulas (same multiplications in the same order), on lengths
 * that are and are not multiples of the SIMD lane count and of {@link PowerFloatKernel}'s chunk.
 */
class PowerReparameterisationBitsTest {

    private static float power(float x, int k) {
        return switch (k) {
            case 2 -> x * Math.abs(x);
            case 3 -> x * (x * x);
            case 4 -> x * (Math.abs(x) * x * x);
            default -> x * ((x * x) * (x * x));
        };
    }

    private static float factor(float x, int k) {
        return switch (k) {
            case 2 -> Math.abs(x);
            case 3 -> x * x;
            case 4 -> Math.abs(x) * x * x;
            default -> (x * x) * (x * x);
        };
    }

    @Test
    void floatKernelsGiveTheScalarFormulasBits() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int n : new int[] {1, 7, 8, 16, 61, 1000, 2047, 2048, 2049, 4103, 30_001}) {
            float[] psi = new float[n];
            float[] g = new float[n];
            for (int i = 0; i < n; i++) {
                psi[i] = (float) (rng.nextGaussian() * Math.pow(10, rng.nextInt(-3, 2)));
                g[i] = (float) rng.nextGaussian();
            }
            psi[0] = 0f;
            for (int k = 2; k <= 5; k++) {
                PowerReparameterisation f = new PowerReparameterisation(k);
                INDArray p = Nd4j.create(psi, new long[] {1, n});
                INDArray w = Nd4j.create(DataType.FLOAT, 1, n);
                INDArray scratch = Nd4j.create(DataType.FLOAT, 1, n);
                INDArray grad = Nd4j.create(g, new long[] {1, n});
                f.apply(p, w, scratch);
                f.chain(p, scratch, grad);
                float[] wantW = new float[n];
                float[] wantG = new float[n];
                for (int i = 0; i < n; i++) {
                    wantW[i] = power(psi[i], k);
                    wantG[i] = g[i] * (float) k * factor(psi[i], k);
                }
                assertArrayEquals(wantW, w.toFloatVector(), 0f, "w, alpha = " + k + ", n = " + n);
                assertArrayEquals(wantG, grad.toFloatVector(), 0f, "dL/dpsi, alpha = " + k + ", n = " + n);
            }
        }
    }
}

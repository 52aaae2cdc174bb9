package org.neurotheory.bioplausible.hsic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.nn.Batch;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The float32 training path of {@link PhsicObjective} against the double-precision reference
 * {@link LocalHsicLoss#evaluate} on the same (float-representable) activities: the paper's kernels
 * (Gaussian sigma = 5, cosine) in the three modes (none; grouping c = 8 with q = 0.5; q = 0.8), at a
 * batch of 96 with 10 classes and width 64, over several batches through one objective (so the
 * reused arrays and the shared label kernel are exercised).
 */
class FloatPathTest {
    private static final int M = 96;
    private static final int N = 64;

    private static List<LocalHsicLoss> paperLosses() {
        BottleneckObjective o = BottleneckObjective.paper();
        Grouping grp = new Grouping(8, 0.5, 1.0);
        Grouping grpDiv = new Grouping(8, 0.8, 1.0);
        return List.of(LocalHsicLoss.ungrouped(GaussianKernel.paper(), o), LocalHsicLoss.ungrouped(new CosineKernel(), o),
                LocalHsicLoss.grouped(GaussianKernel.paper(), grp, o), LocalHsicLoss.grouped(new CosineKernel(), grp, o),
                LocalHsicLoss.grouped(GaussianKernel.paper(), grpDiv, o), LocalHsicLoss.grouped(new CosineKernel(), grpDiv, o));
    }

    /** LeakyReLU outputs of Gaussian pre-activations (scale 1.5), rounded to float. */
    private static float[] activities(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] z = new float[M * N];
        for (int i = 0; i < z.length; i++) {
            double u = 1.5 * r.nextGaussian();
            z[i] = (float) (u > 0 ? u : 0.01 * u);
        }
        return z;
    }

    private static int[] labels(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[M];
        for (int i = 0; i < M; i++) {
            y[i] = r.nextInt(10);
        }
        return y;
    }

    /**
     * Loss to 1e-5 relative and dL/dz to 1e-5 of its largest entry: float32 rounds each kernel entry
     * to ~6e-8 relative, and the objective's centring {@code K - mean K} of entries near each other
     * (Gaussian sigma = 5) loses about one more digit. Measured: loss 2e-9 to 1.4e-6, gradient
     * 2.5e-7 to 9e-7, so the bounds leave a factor 7-10.
     */
    @Test
    void floatPathMatchesDoublePrecisionReference() {
        for (LocalHsicLoss loss : paperLosses()) {
            PhsicObjective objective = new PhsicObjective(loss, new BatchLabelKernel(10));
            for (int batch = 0; batch < 3; batch++) {
                float[] zf = activities(100 + batch);
                int[] y = labels(200 + batch);
                INDArray z = Nd4j.create(zf, new long[] {M, N}, 'c');
                INDArray grad = Nd4j.create(DataType.FLOAT, M, N);
                double value = objective.evaluate(null, z, Batch.of(Nd4j.zeros(DataType.FLOAT, M, 1), y), grad);
                LocalHsicLoss.Result ref = loss.evaluate(z.castTo(DataType.DOUBLE), LabelKernel.matrix(y, 10, DataType.DOUBLE));
                assertEquals(ref.loss(), value, 1e-5 * Math.abs(ref.loss()), loss + " loss, batch " + batch);
                double scale = ref.dLdz().amaxNumber().doubleValue();
                double err = grad.castTo(DataType.DOUBLE).sub(ref.dLdz()).amaxNumber().doubleValue();
                assertTrue(err <= 1e-5 * scale, loss + " dL/dz, batch " + batch + ": error " + err + " of " + scale);
            }
        }
    }

    /** Entries equal the closed form minus its mean (float rounding); the array is reused for equal labels, recomputed for new ones in the same array. */
    @Test
    void batchLabelKernelIsCentredAndFollowsTheLabels() {
        BatchLabelKernel cache = new BatchLabelKernel(10);
        int[] y = labels(7);
        float[] a = cache.centred(y);
        INDArray ref = LabelKernel.matrix(y, 10, DataType.DOUBLE);
        double mean = ref.meanNumber().doubleValue();
        for (int e = 0; e < M * M; e++) {
            assertEquals(ref.getDouble(e / M, e % M) - mean, a[e], 1e-6, "entry " + e);
        }
        assertSame(a, cache.centred(y.clone()));
        float before = a[1];
        boolean sameClass = y[0] == y[1];
        y[1] = sameClass ? (y[0] + 1) % 10 : y[0];
        float[] b = cache.centred(y);
        assertTrue(b[1] != before, "recomputed after the labels changed");
    }

    /** Relative error of the float exp against Math.exp on [-87, 0] below 2.5e-7 (two float ulp; measured 7.8e-8). */
    @Test
    void floatExpAgreesWithMathExp() {
        double worst = 0;
        for (int i = 0; i <= 200_000; i++) {
            float x = (float) (-87.0 * i / 200_000);
            double exact = Math.exp(x);
            worst = Math.max(worst, Math.abs(FloatExp.exp(x) - exact) / exact);
        }
        assertTrue(worst < 2.5e-7, "worst relative error " + worst);
        assertEquals(0f, FloatExp.exp(-100f));
        assertEquals(1f, FloatExp.exp(0f));
    }
}

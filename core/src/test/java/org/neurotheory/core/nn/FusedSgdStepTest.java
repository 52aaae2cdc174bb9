package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link Sgd#finishAndStep}'s fused pass for Powerprop weights (chain rule, mask, weight decay, update
 * and next forward map in one pass) gives exactly the bits of the separate passes
 * ({@link Parameter#finishGradient()}, {@link Sgd#step}, {@link Parameter#effective()}): per parameter
 * on lengths inside and across the BLAS update's fused-multiply-add block, the SIMD lane count and
 * {@link PowerFloatKernel}'s chunk,
 * and over whole training runs of a small MLP.
 */
class FusedSgdStepTest {

    @Test
    void theBlasRoundingRuleIsRecognisedOnThisMachine() {
        // the fused path is used only if it is; on the build machine's OpenBLAS (x86, FMA) it must be
        assertTrue(AxpyRounding.known());
    }

    @Test
    void oneStepHasTheBitsOfTheSeparatePasses() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int n : new int[] {1, 7, 31, 32, 33, 95, 1000, 2048, 2081, 4095, 30_001}) {
            float[] psi = new float[n];
            float[] g = new float[n];
            float[] m = new float[n];
            for (int i = 0; i < n; i++) {
                psi[i] = (float) (rng.nextGaussian() * Math.pow(10, rng.nextInt(-3, 1)));
                g[i] = (float) (rng.nextGaussian() * 0.3);
                m[i] = rng.nextDouble() < 0.3 ? 0f : 1f;
            }
            psi[0] = 0f;
            for (int k = 2; k <= 5; k++) {
                for (boolean masked : new boolean[] {false, true}) {
                    for (double decay : new double[] {0, 1e-3}) {
                        String what = "alpha = " + k + ", n = " + n + (masked ? ", masked" : "") + ", decay " + decay;
                        Parameter separate = parameter(psi, m, masked, k);
                        Parameter fused = parameter(psi, m, masked, k);
                        separate.gradient().assign(Nd4j.create(g, new long[] {1, n}));
                        fused.gradient().assign(Nd4j.create(g, new long[] {1, n}));
                        Sgd sgd = new Sgd(0.1, 0, decay);
                        separate.finishGradient();
                        sgd.step(List.of(separate), 0.1);
                        assertTrue(fused.fusedSgdStep(0.1, decay), what);
                        assertArrayEquals(separate.value().toFloatVector(), fused.value().toFloatVector(), 0f, "psi, " + what);
                        assertArrayEquals(separate.effective().toFloatVector(), fused.effective().toFloatVector(), 0f, "w, " + what);
                        assertArrayEquals(g, fused.gradient().toFloatVector(), 0f, "dL/dw left as it was, " + what);
                    }
                }
            }
        }
    }

    @Test
    void theUnfusedCasesAreLeftAlone() {
        float[] psi = {0.5f, -0.25f, 0.125f};
        float[] ones = {1f, 1f, 1f};
        assertFalse(parameter(psi, ones, false, 1).fusedSgdStep(0.1, 0), "no reparameterisation");
        Parameter frozen = parameter(psi, ones, false, 3);
        frozen.setUpdateMask(Nd4j.create(new float[] {1f, 0f, 1f}, new long[] {1, 3}));
        assertFalse(frozen.fusedSgdStep(0.1, 0), "update mask");
        Parameter noninteger = parameter(psi, ones, false, 2.5);
        assertFalse(noninteger.fusedSgdStep(0.1, 0), "alpha = 2.5 has no fast path");
        assertArrayEquals(noninteger.effective().toFloatVector(), parameter(psi, ones, false, 2.5).effective().toFloatVector(), 0f);
    }

    @Test
    void trainingRunsHaveTheBitsOfTheSeparatePasses() {
        for (double alpha : new double[] {2, 3}) {
            for (boolean masked : new boolean[] {false, true}) {
                Sequential a = mlp(alpha, masked);
                Sequential b = mlp(alpha, masked);
                Sgd sgd = new Sgd(0.05);
                Trainer fused = new Trainer(a, new SoftmaxCrossEntropy(), sgd, TrainingConfig.of(1, 16, 1));
                for (int s = 0; s < 20; s++) {
                    Batch batch = NnFixtures.randomBatch(100 + s, 16, 10, 37);
                    Batch f = Batch.of(batch.input().castTo(DataType.FLOAT), batch.labels());
                    fused.step(f, 0.05);
                    INDArray out = b.forward(f.input(), true);
                    INDArray g = Nd4j.create(out.dataType(), out.shape());
                    new SoftmaxCrossEntropy().evaluate(out, f, g);
                    b.backward(g, false);
                    b.finishGradients();
                    sgd.step(b.trainableParameters(), 0.05);
                }
                // the trainer took the fused path: its gradient still holds dL/dw, the separate passes' dL/dpsi
                assertFalse(Arrays.equals(flat(a.parameters().get(0).gradient()), flat(b.parameters().get(0).gradient())));
                List<Parameter> pa = a.parameters();
                List<Parameter> pb = b.parameters();
                assertEquals(pa.size(), pb.size());
                for (int i = 0; i < pa.size(); i++) {
                    String what = pa.get(i).name() + ", alpha = " + alpha + (masked ? ", masked" : "");
                    assertArrayEquals(flat(pb.get(i).value()), flat(pa.get(i).value()), 0f, what);
                    assertArrayEquals(flat(pb.get(i).effective()), flat(pa.get(i).effective()), 0f, what);
                }
            }
        }
    }

    private static float[] flat(INDArray a) {
        return a.dup().reshape(-1).toFloatVector();
    }

    /** A float32 weight of shape [1, n] holding psi (reparameterised with alpha unless alpha = 1), masked by m if asked. */
    private static Parameter parameter(float[] psi, float[] m, boolean masked, double alpha) {
        Dense owner = new Dense("d", 1, psi.length);
        Parameter p = new Parameter(owner, "weight", Nd4j.create(DataType.FLOAT, 1, psi.length), true);
        if (alpha != 1) {
            p.reparameterise(new PowerReparameterisation(alpha));
        }
        p.set(Nd4j.create(psi, new long[] {1, psi.length}));
        if (masked) {
            p.setMask(Nd4j.create(m, new long[] {1, psi.length}));
        }
        return p;
    }

    /** 37-64-10 float32 MLP with Powerprop weights (same seed: same start), the first layer masked if asked. */
    private static Sequential mlp(double alpha, boolean masked) {
        Dense d1 = new Dense("d1", 37, 64);
        Dense d2 = new Dense("d2", 64, 10);
        Sequential net = Sequential.of(d1, new Relu(), d2).initialised(7).castTo(DataType.FLOAT);
        d1.weight().reparameterise(new PowerReparameterisation(alpha));
        d2.weight().reparameterise(new PowerReparameterisation(alpha));
        if (masked) {
            float[] m = new float[37 * 64];
            SplittableRandom rng = new SplittableRandom(2);
            for (int i = 0; i < m.length; i++) {
                m[i] = rng.nextDouble() < 0.5 ? 0f : 1f;
            }
            d1.weight().setMask(Nd4j.create(m, d1.weight().shape()));
        }
        return net;
    }
}

package org.neurotheory.sparsity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.PowerReparameterisation;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.testing.GradientCheck;
import org.neurotheory.sparsity.theory.RichGetRicher;

/** Checks 1-5 and 8(ii): the Powerprop MLP on core.nn's reparameterisation hook. */
class PowerpropNetworkTest {
    private static final int[] SIZES = {12, 8, 6, 4};

    private static Batch batch(long seed, int n) {
        var rng = Seeds.stream(seed);
        double[] x = new double[n * SIZES[0]];
        int[] labels = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(SIZES[SIZES.length - 1]);
        }
        return Batch.of(Nd4j.create(x, new long[] {n, SIZES[0]}, DataType.DOUBLE), labels);
    }

    /** Check 1: alpha = 1 through the hook equals the plain layer, forward and gradients, to 1e-12. */
    @Test
    void alphaOneEqualsThePlainNetwork() {
        Sequential plain = PowerpropMlp.build(SIZES, 1, 5).castTo(DataType.DOUBLE);
        Sequential hooked = PowerpropMlp.build(SIZES, 1, 5).castTo(DataType.DOUBLE);
        for (Dense d : PowerpropMlp.denseLayers(hooked)) {
            d.weight().reparameterise(new PowerReparameterisation(1));
        }
        Batch b = batch(1, 7);
        INDArray o1 = plain.forward(b.input(), true).dup();
        INDArray o2 = hooked.forward(b.input(), true).dup();
        assertTrue(o1.equalsWithEps(o2, 1e-12));
        for (Sequential net : List.of(plain, hooked)) {
            INDArray out = net.forward(b.input(), true);
            INDArray g = out.ulike();
            new SoftmaxCrossEntropy().evaluate(out, b, g);
            net.backward(g, false);
            net.finishGradients();
        }
        for (int i = 0; i < plain.parameters().size(); i++) {
            assertTrue(plain.parameters().get(i).gradient().equalsWithEps(hooked.parameters().get(i).gradient(), 1e-12));
        }
    }

    /** Check 2: w = psi|psi|^(alpha-1) = sign(psi)|psi|^alpha, incl. negative psi, against the closed form. */
    @ParameterizedTest
    @ValueSource(doubles = {1, 1.5, 2, 3, 5})
    void effectiveWeightIsThePower(double alpha) {
        double[] psi = Seeds.gaussian(Seeds.stream(2), new double[500]);
        psi[0] = 0;
        INDArray p = Nd4j.create(psi, new long[] {psi.length}, DataType.DOUBLE);
        INDArray w = p.ulike();
        new PowerReparameterisation(alpha).apply(p, w, p.ulike());
        for (int i = 0; i < psi.length; i++) {
            double exact = RichGetRicher.weight(psi[i], alpha);
            assertEquals(exact, w.getDouble(i), 1e-14 * Math.max(1, Math.abs(exact)));
        }
    }

    /** Check 3: finite differences of dL/dpsi = alpha|psi|^(alpha-1) dL/dw on a 3-layer MLP, relative error < 1e-6. */
    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 3.5})
    void gradientsMatchFiniteDifferences(double alpha) {
        Sequential net = PowerpropMlp.build(SIZES, alpha, 3).castTo(DataType.DOUBLE);
        GradientCheck.assertGradients(net, new SoftmaxCrossEntropy(), batch(4, 5), 1e-6);
    }

    /** Check 4: a parameter at psi = 0 stays exactly 0 through 100 SGD steps (alpha > 1). */
    @ParameterizedTest
    @ValueSource(doubles = {2, 3})
    void zeroIsAFixedPoint(double alpha) {
        Sequential net = PowerpropMlp.build(SIZES, alpha, 6).castTo(DataType.DOUBLE);
        Dense first = PowerpropMlp.denseLayers(net).get(0);
        INDArray psi = first.weight().value();
        long[] zeros = {0, 5, 17, 40};
        for (long i : zeros) {
            psi.putScalar(i, 0.0);
        }
        first.weight().markUpdated();
        Sgd sgd = new Sgd(0.1);
        for (int s = 0; s < 100; s++) {
            Batch b = batch(100 + s, 8);
            INDArray out = net.forward(b.input(), true);
            INDArray g = out.ulike();
            new SoftmaxCrossEntropy().evaluate(out, b, g);
            net.backward(g, false);
            net.finishGradients();
            sgd.step(net.trainableParameters(), 0.1);
        }
        for (long i : zeros) {
            assertEquals(0.0, psi.getDouble(i));
        }
        assertTrue(psi.getDouble(1) != 0);
    }

    /**
     * Check 5 and 8(ii): psi0 = sign(theta0)|theta0|^(1/alpha) gives w0 = theta0, so every alpha
     * starts from the same weights and the same function; theta0 has variance 1/fan_in and is
     * truncated at two raw standard deviations.
     */
    @ParameterizedTest
    @ValueSource(doubles = {2, 3, 4, 5, 2.5})
    void everyAlphaStartsFromTheBaselineWeights(double alpha) {
        int[] sizes = {300, 100, 10};
        Sequential base = PowerpropMlp.build(sizes, 1, 9).castTo(DataType.DOUBLE);
        Sequential pp = PowerpropMlp.build(sizes, alpha, 9);
        List<float[]> w0 = PowerpropMlp.effectiveWeights(base);
        List<float[]> w1 = PowerpropMlp.effectiveWeights(pp);
        for (int l = 0; l < w0.size(); l++) {
            for (int i = 0; i < w0.get(l).length; i++) {
                // float32 psi = w^(1/alpha) then psi^alpha: a few ulps
                assertEquals(w0.get(l)[i], w1.get(l)[i], 4e-6 * Math.abs(w0.get(l)[i]) + 1e-12);
            }
        }
        float[] theta = w0.get(0);
        double s2 = 0;
        double raw = Math.sqrt(1.0 / 300) / 0.87962566103423978;
        for (float t : theta) {
            s2 += (double) t * t;
            assertTrue(Math.abs(t) <= 2 * raw + 1e-7);
        }
        double std = Math.sqrt(s2 / theta.length);
        // 30,000 samples: sd of the sample std about 0.4%; 2% is five of them
        assertEquals(Math.sqrt(1.0 / 300), std, 0.02 * std);
    }
}

package org.neurotheory.sparsity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.sparsity.theory.RichGetRicher;

/** Checks 2 and 5: the reparameterisation, its fast path and the initialiser. */
class PowerpropTest {

    /** Check 2: w = psi|psi|^(alpha-1) = sign(psi)|psi|^alpha, fast path against Math.pow. */
    @ParameterizedTest
    @ValueSource(doubles = {1, 1.5, 2, 3, 4, 5})
    void weightMatchesTheClosedForm(double alpha) {
        Powerprop map = new Powerprop(alpha);
        SplittableRandom rng = Seeds.stream(3);
        double[] psi = new double[200];
        Seeds.gaussian(rng, psi);
        psi[0] = 0;
        double[] w = new double[psi.length];
        double[] d = new double[psi.length];
        map.apply(psi, w, d);
        float[] psiF = new float[psi.length];
        for (int i = 0; i < psi.length; i++) {
            psiF[i] = (float) psi[i];
        }
        float[] wF = new float[psi.length];
        float[] dF = new float[psi.length];
        map.apply(psiF, wF, dF);
        for (int i = 0; i < psi.length; i++) {
            double exact = Math.signum(psi[i]) * Math.pow(Math.abs(psi[i]), alpha);
            assertEquals(exact, w[i], 1e-14 * Math.max(1, Math.abs(exact)));
            assertEquals(RichGetRicher.gradientScale(psi[i], alpha), d[i], 1e-14 * Math.max(1, d[i]));
            double exactF = Math.signum(psiF[i]) * Math.pow(Math.abs(psiF[i]), alpha);
            // float: alpha multiplications, each rounding by at most 2^-24 relative
            assertEquals(exactF, wF[i], 1e-6 * Math.max(1e-3, Math.abs(exactF)));
            assertEquals(map.derivative(psiF[i]), dF[i], 1e-6 * Math.max(1e-3, dF[i]));
        }
        assertEquals(alpha == Math.rint(alpha), map.integerExponent());
    }

    /** Check 5: psi0 = sign(theta0)|theta0|^(1/alpha) gives w0 = theta0; the truncated normal has variance 1/fan_in. */
    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 3, 4, 5, 2.5})
    void initialiserReproducesTheBaselineWeights(double alpha) {
        int fanIn = 300;
        float[] theta = PowerpropInitialiser.baseline(fanIn, Seeds.stream(11), new float[30_000]);
        Powerprop map = new Powerprop(alpha);
        double maxDiff = 0;
        for (float t : theta) {
            maxDiff = Math.max(maxDiff, Math.abs(map.weight(map.psi(t)) - t));
        }
        assertTrue(maxDiff < 1e-12, "max |w0 - theta0| in double = " + maxDiff);
        float[] psi = PowerpropInitialiser.psiFor(theta, map, new float[theta.length]);
        float[] w = new float[theta.length];
        map.apply(psi, w, null);
        for (int i = 0; i < theta.length; i++) {
            // float rounding of psi then alpha products: a few ulps
            assertEquals(theta[i], w[i], 4e-6 * Math.abs(theta[i]) + 1e-12);
        }
    }

    @Test
    void truncatedNormalHasUnitFanInVarianceAndIsTruncated() {
        int fanIn = 784;
        int n = 200_000;
        float[] theta = PowerpropInitialiser.baseline(fanIn, Seeds.stream(5), new float[n]);
        double raw = PowerpropInitialiser.rawStd(fanIn);
        double s2 = 0;
        for (float t : theta) {
            s2 += (double) t * t;
            assertTrue(Math.abs(t) <= 2 * raw + 1e-9, "truncated at 2 raw std");
        }
        double std = Math.sqrt(s2 / n);
        // sd of the sample std is about std/sqrt(2n) = 0.16%; 1% is six of them
        assertEquals(Math.sqrt(1.0 / fanIn), std, 0.01 * std);
    }
}

package org.neurotheory.sparsity.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** L2 decay on psi equals an L_(2/alpha) penalty on w, in value and in gradient. */
class WeightDecayEquivalenceTest {

    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 3, 4.5})
    void penaltiesAndGradientsAgree(double alpha) {
        double[] psi = {-1.2, -0.3, 0.01, 0.4, 2.0};
        double[] w = new double[psi.length];
        for (int i = 0; i < psi.length; i++) {
            w[i] = RichGetRicher.weight(psi[i], alpha);
        }
        double lambda = 0.3;
        assertEquals(WeightDecayEquivalence.penaltyOnPsi(psi, lambda),
                WeightDecayEquivalence.penaltyOnWeights(w, lambda, alpha), 1e-13);
        for (int i = 0; i < psi.length; i++) {
            // d/dpsi of (lambda/2) psi^2 = lambda psi = (dP/dw)(dw/dpsi)
            double chain = WeightDecayEquivalence.weightGradient(w[i], lambda, alpha)
                    * RichGetRicher.gradientScale(psi[i], alpha);
            assertEquals(lambda * psi[i], chain, 1e-12 * Math.max(1, Math.abs(lambda * psi[i])));
        }
        assertEquals(2 / alpha, WeightDecayEquivalence.exponent(alpha), 0);
    }
}

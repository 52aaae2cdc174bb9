package org.neurotheory.sparsity.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Gradient scaling and the effective learning rate of Sec. 3 against finite differences and single steps. */
class RichGetRicherTest {

    @ParameterizedTest
    @ValueSource(doubles = {1, 1.5, 2, 3, 5})
    void gradientScaleIsTheDerivativeOfTheWeightMap(double alpha) {
        for (double psi : new double[] {-1.3, -0.2, 0.05, 0.7, 2.1}) {
            double h = 1e-6;
            double fd = (RichGetRicher.weight(psi + h, alpha) - RichGetRicher.weight(psi - h, alpha)) / (2 * h);
            // central difference error is O(h^2 w''') ~ 1e-11 here
            assertEquals(fd, RichGetRicher.gradientScale(psi, alpha), 1e-7 * Math.max(1, Math.abs(fd)));
            assertEquals(psi, RichGetRicher.psi(RichGetRicher.weight(psi, alpha), alpha), 1e-14 * 4);
        }
    }

    /** Check 7: one step with tiny eta gives (w'-w)/(-eta g) = alpha^2 |w|^(2-2/alpha) within 1e-4. */
    @ParameterizedTest
    @ValueSource(doubles = {1, 1.5, 2, 3, 4, 5})
    void singleStepMatchesTheEffectiveLearningRate(double alpha) {
        double eta = 1e-7;
        for (double w : new double[] {-0.8, -0.05, 0.01, 0.3, 1.7}) {
            for (double g : new double[] {-0.9, 0.4}) {
                double ratio = (RichGetRicher.stepWeight(w, g, eta, alpha) - w) / (-eta * g);
                double expected = RichGetRicher.effectiveLearningRate(w, eta, alpha) / eta;
                // the second-order term is O(eta g |w|^(p-1)) relative, < 1e-5 for these values
                assertEquals(expected, ratio, 1e-4 * expected, "alpha " + alpha + " w " + w + " g " + g);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.5, 2, 3})
    void zeroReceivesNoGradient(double alpha) {
        assertEquals(0, RichGetRicher.psiGradient(0, 3.7, alpha));
        assertEquals(0, RichGetRicher.stepPsi(0, -2.0, 0.1, alpha));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 3, 5})
    void relativeRateIsTheEffectiveRateOverTheWeight(double alpha) {
        double w = 0.37;
        double g = 0.6;
        assertEquals(RichGetRicher.effectiveLearningRate(w, 1, alpha) * g / w,
                RichGetRicher.relativeRate(w, g, alpha), 1e-12);
    }

    @Test
    void exponentsOfTheEffectiveRate() {
        assertEquals(0, RichGetRicher.exponent(1));
        assertEquals(1, RichGetRicher.exponent(2));
        assertEquals(4.0 / 3, RichGetRicher.exponent(3), 1e-15);
        assertEquals(1.5, RichGetRicher.exponent(4));
        assertEquals(1.6, RichGetRicher.exponent(5), 1e-15);
        assertEquals(4 * 0.1 * 0.5, RichGetRicher.effectiveLearningRate(0.5, 0.1, 2), 1e-15);
    }
}

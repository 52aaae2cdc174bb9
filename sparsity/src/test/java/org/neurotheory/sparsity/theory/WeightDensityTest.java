package org.neurotheory.sparsity.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotheory.core.random.Seeds;

/** Check 9: the density of w = sign(psi)|psi|^alpha against a histogram of 10^6 samples. */
class WeightDensityTest {

    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 3, 5})
    void histogramMatchesTheDensityAwayFromZero(double alpha) {
        int n = 1_000_000;
        WeightDensity d = new WeightDensity(alpha, 1);
        SplittableRandom rng = Seeds.stream(Seeds.derive(9, (long) (alpha * 10)));
        double lo = 0.05;
        double hi = 1.0;
        int bins = 10;
        int[] counts = new int[bins];
        for (int i = 0; i < n; i++) {
            double w = RichGetRicher.weight(rng.nextGaussian(), alpha);
            double a = Math.abs(w);
            if (a >= lo && a < hi) {
                counts[(int) ((a - lo) / (hi - lo) * bins)]++;
            }
        }
        for (int b = 0; b < bins; b++) {
            double a = lo + b * (hi - lo) / bins;
            double c = a + (hi - lo) / bins;
            // expected count from the density f_w itself (both signs), integrated over the bin
            double expected = 2 * n * new SimpsonIntegrator(1e-10, 1e-12, 3, 30).integrate(1_000_000, d::density, a, c);
            // 2% relative (the paper-check tolerance); every bin holds > 10^4 samples, so sd < 1%
            assertEquals(expected, counts[b], 0.02 * expected, "alpha " + alpha + " bin " + a);
        }
    }

    @Test
    void densityHasASpikeAtZeroAboveOneAndIntegratesToOne() {
        assertEquals(Double.POSITIVE_INFINITY, new WeightDensity(2, 1).density(0));
        assertEquals(1 / Math.sqrt(2 * Math.PI), new WeightDensity(1, 1).density(0), 1e-15);
        assertTrue(new WeightDensity(3, 1).density(1e-6) > 1e3);
        for (double alpha : new double[] {1, 3}) {
            WeightDensity d = new WeightDensity(alpha, 0.7);
            double integral = new SimpsonIntegrator(1e-8, 1e-10, 3, 30).integrate(1_000_000, d::density, 0.1, 2);
            assertEquals(d.massBetween(0.1, 2), integral, 1e-7);
        }
        // mass within eps of zero grows with alpha: the spike
        assertTrue(new WeightDensity(3, 1).massBelow(1e-3) > new WeightDensity(2, 1).massBelow(1e-3));
        assertTrue(new WeightDensity(2, 1).massBelow(1e-3) > new WeightDensity(1, 1).massBelow(1e-3));
    }
}

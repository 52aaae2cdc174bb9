package org.neurotheory.cortex.theory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;
import org.neurotheory.cortex.model.NetworkParameters;

/**
 * Checks 3 (Siegert rate and CV formula values), 4 (balanced solution) and 5 (mean-field fixed point)
 * and the reference values of the theory sections §3.2-§3.5, all of the model reference in
 * docs/papers/cortex.md (values computed from its formulas, not numbers of the paper).
 */
class TheoryTest {
    private final SiegertRate phi = new SiegertRate(20, 2, 20, 10);

    @Test
    void erfcxMatchesDefinitionAndAsymptotics() {
        for (double x : new double[] {-3, -1, -0.2, 0, 0.3, 1, 2.5, 4.9}) {
            // direct product is accurate in this range
            assertEquals(Math.exp(x * x) * Erf.erfc(x), Erfcx.value(x), 1e-13 * Math.exp(x * x) * 2, "x=" + x);
        }
        // continuity at the switch x = 5 (continued fraction vs exp * erfc), relative 1e-12
        double a = Erfcx.value(5 - 1e-12);
        double b = Erfcx.value(5 + 1e-12);
        assertEquals(a, b, 1e-12 * a);
        // large x: 1/(x sqrt(pi)) (1 - 1/(2x^2) + 3/(4x^4) - 15/(8x^6)), next term 105/(16 x^8) ~ 1e-11 at x = 30
        double x = 30;
        double asym = 1 / (x * Math.sqrt(Math.PI))
                * (1 - 1 / (2 * x * x) + 3 / (4 * Math.pow(x, 4)) - 15 / (8 * Math.pow(x, 6)));
        assertEquals(asym, Erfcx.value(x), 2e-11 * asym);
    }

    /** Check 3: the Siegert-rate reference values of §3.2 to 1e-3 relative, and the CV value (§3.3). */
    @Test
    void siegertUnitValues() {
        double[][] table = {{10, 5, 0.8819}, {15, 3, 2.2880}, {25, 2, 42.850}, {10.80, 8.67, 10.256}};
        for (double[] row : table) {
            assertEquals(row[2], phi.rate(row[0], row[1]), 1e-3 * row[2], "mu=" + row[0] + " sigma=" + row[1]);
        }
        assertEquals(4.4830, phi.rateShifted(10.80, 8.67, 3.467), 1e-3 * 4.4830);
        assertEquals(3.467, phi.shift(8.67, 3), 1e-3, "Fourcaud-Brunel shift for tau_s = 3 ms");
        assertEquals(0.9864, IsiCv.cv(phi, 10, 5), 1e-3 * 0.9864);
    }

    /** Check 4: the balanced solution (0.5, 1.0), independent of the J scale. */
    @Test
    void balancedSolution() {
        NetworkParameters p = NetworkParameters.sub0();
        assertArrayEquals(new double[] {0.5, 1.0}, BalancedState.ratesPerInput(p), 1e-12);
        assertArrayEquals(new double[] {0.5, 1.0},
                BalancedState.ratesPerInput(p.withCouplings(p.j().scaled(1 / 0.6))), 1e-12);
        assertTrue(BalancedState.isStableAndPositive(p));
    }

    /** Check 5 and the mean-field table of §3.2 (FB-corrected and white). Tolerance 0.01 Hz, as check 5 states. */
    @Test
    void meanFieldFixedPoints() {
        MeanField mf = new MeanField(NetworkParameters.sub0(), true);
        MeanFieldState s = mf.solve(10);
        assertEquals(4.481, s.nuE(), 0.01);
        assertEquals(6.654, s.nuI(), 0.01);
        assertEquals(10.80, s.muE(), 0.01);
        assertEquals(8.67, s.sigmaE(), 0.01);
        assertEquals(11.56, s.muI(), 0.01);
        assertEquals(9.37, s.sigmaI(), 0.01);
        double[][] table = {{5, 0.239, 0.000}, {9, 3.852, 5.497}, {15, 7.518, 12.193}, {20, 10.460, 17.527}};
        for (double[] row : table) {
            MeanFieldState t = mf.solve(row[0]);
            assertEquals(row[1], t.nuE(), 0.01, "nuE at nuX=" + row[0]);
            assertEquals(row[2], t.nuI(), 0.01, "nuI at nuX=" + row[0]);
        }
        MeanFieldState white = new MeanField(NetworkParameters.sub0(), false).solve(10);
        assertEquals(4.860, white.nuE(), 0.01);
        assertEquals(8.005, white.nuI(), 0.01);
        NetworkParameters full = NetworkParameters.sub0();
        MeanFieldState scale1 = new MeanField(full.withCouplings(full.j().scaled(1 / 0.6)), true).solve(10);
        assertEquals(5.502, scale1.nuE(), 0.01);
        assertEquals(9.928, scale1.nuI(), 0.01);
        // linear-response slopes of section 3.2 (0.62, 1.15), central difference of +-1 Hz
        double[] g = mf.gains(10, 1);
        assertEquals(0.62, g[0], 0.02);
        assertEquals(1.15, g[1], 0.03);
    }

    @Test
    void pspKernelClosedForms() {
        PspKernel k = new PspKernel(1, 20, 3);
        assertEquals(6.70, k.peakTime(), 0.005);
        assertEquals(0.7155, k.peak(), 5e-5);
        assertEquals(20, k.integral(), 1e-12);
    }

    /** §3.4 (Campbell's theorem): free V of SUB-0 in state A, mean 10.8 mV, s.d. 5.72 mV at the mean-field rates. */
    @Test
    void campbellFreeMembranePotential() {
        NetworkParameters p = NetworkParameters.sub0();
        assertEquals(10.80, FreeMembranePotential.mean(p, 4.481, 6.654, 10), 0.005);
        assertEquals(5.72, FreeMembranePotential.sd(p, 4.481, 6.654, 10), 0.005);
    }

    /** §3.5 table (linear tracking): predicted c for a = 0.6 and 0.3 at A_E = 0.624. */
    @Test
    void trackingCovariance() {
        assertEquals(0.0258, InputTracking.sharedCountVariance(0.624, 0.6, 10, 50, 50), 2e-4);
        assertEquals(0.0795, InputTracking.sharedCountVariance(0.624, 0.6, 10, 50, 100), 2e-4);
        assertEquals(0.0064, InputTracking.sharedCountVariance(0.624, 0.3, 10, 50, 50), 1e-4);
        assertEquals(0.0199, InputTracking.sharedCountVariance(0.624, 0.3, 10, 50, 100), 1e-4);
        assertEquals(0.162, InputTracking.naiveCorrelation(0.0795, 0.92, 4.46, 100), 0.002);
    }

    /**
     * The standard error of a covariance estimated from windows of an OU-driven count, against a
     * Monte Carlo of the sample variance of window-integrated OU paths (exact update, 1 ms steps):
     * 600 repeats estimate a relative s.d. to ~3%, so 12%.
     */
    @Test
    void covarianceErrorMatchesMonteCarlo() {
        double tau = 50;
        int window = 100;
        int windows = 75;
        SplittableRandom rng = new SplittableRandom(4);
        double decay = Math.exp(-1 / tau);
        double kick = Math.sqrt(1 - decay * decay);
        int repeats = 600;
        double[] estimates = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            double xi = rng.nextGaussian();
            double[] counts = new double[windows];
            for (int w = 0; w < windows; w++) {
                for (int t = 0; t < window; t++) {
                    xi = decay * xi + kick * rng.nextGaussian();
                    counts[w] += xi;
                }
            }
            estimates[r] = new Variance().evaluate(counts);
        }
        var stats = new DescriptiveStatistics(estimates);
        double relativeSd = stats.getStandardDeviation() / stats.getMean();
        assertEquals(InputTracking.covarianceRelativeError(tau, window, windows), relativeSd,
                0.12 * InputTracking.covarianceRelativeError(tau, window, windows));
        assertEquals(Math.sqrt(2.0 / 100), InputTracking.covarianceRelativeError(1e-3, 100, 100), 1e-9,
                "independent windows: chi-square, sqrt(2/n)");
    }
}

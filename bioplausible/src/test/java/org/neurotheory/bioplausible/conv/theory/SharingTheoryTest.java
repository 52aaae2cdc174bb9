package org.neurotheory.bioplausible.conv.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.bioplausible.conv.model.ToySharingLayer;
import org.neurotheory.core.random.Seeds;

/** Fixed point, gradient identity and stability of the sharing dynamics (paper Sec. 4). */
class SharingTheoryTest {
    /** L = 1/2 sum_i (z_i - zbar)^2 + gamma/2 sum_i |w_i - w_i^ref|^2 for one input x. */
    private static double objective(double[] w, double[] ref, double[] x, int n, int k, double gamma) {
        double[] z = new double[n];
        double zbar = 0;
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < k; q++) {
                z[i] += w[i * k + q] * x[q];
            }
            zbar += z[i] / n;
        }
        double l = 0;
        for (int i = 0; i < n; i++) {
            l += 0.5 * (z[i] - zbar) * (z[i] - zbar);
        }
        for (int j = 0; j < w.length; j++) {
            l += 0.5 * gamma * (w[j] - ref[j]) * (w[j] - ref[j]);
        }
        return l;
    }

    @Test
    void hebbianStepIsMinusLearningRateTimesTheGradient() {
        // The Hebbian step is -lr x the gradient of the sharing objective, since
        // d/dw_i 1/2 sum_j (z_j - zbar)^2 = (z_i - zbar) x exactly (sum_j (z_j - zbar) = 0).
        int n = 7;
        int k = 9;
        double gamma = 0.3;
        double lr = 1e-3;
        SplittableRandom rng = Seeds.stream(11);
        ToySharingLayer layer = new ToySharingLayer(n, k, rng);
        double[] ref = layer.weights();
        double[] x = Seeds.gaussian(rng, new double[k]);
        // One plain step away from the reference, so that the anchor term is non-zero at the second step.
        double[] z = layer.responses(x, new double[n]);
        double zbar = Arrays.stream(z).average().orElseThrow();
        for (int i = 0; i < n; i++) {
            z[i] -= zbar;
        }
        layer.update(z, x, 0.05, 0, 0);
        double[] w0 = layer.weights();
        double[] x2 = Seeds.gaussian(rng, new double[k]);
        double[] grad = new double[w0.length];
        double h = 1e-6;
        for (int j = 0; j < w0.length; j++) {
            double[] wp = w0.clone();
            double[] wm = w0.clone();
            wp[j] += h;
            wm[j] -= h;
            grad[j] = (objective(wp, ref, x2, n, k, gamma) - objective(wm, ref, x2, n, k, gamma)) / (2 * h);
        }
        double[] z2 = layer.responses(x2, new double[n]);
        double zbar2 = Arrays.stream(z2).average().orElseThrow();
        for (int i = 0; i < n; i++) {
            z2[i] -= zbar2;
        }
        layer.update(z2, x2, lr, gamma, 0);
        double[] w1 = layer.weights();
        for (int j = 0; j < w0.length; j++) {
            // central differences of a quadratic are exact up to rounding (~1e-10 / h relative)
            assertEquals(-lr * grad[j], w1[j] - w0[j], 1e-9 * Math.max(1, Math.abs(lr * grad[j])) + 1e-12, "entry " + j);
        }
    }

    @Test
    void fixedPointIsStationaryKeepsTheMeanAndShrinksTheInverseSnr() {
        SplittableRandom rng = Seeds.stream(3);
        int n = 20;
        int k = 5;
        double gamma = 0.05;
        double sigma2 = 2.0;
        double[][] ref = new double[n][k];
        for (double[] row : ref) {
            for (int q = 0; q < k; q++) {
                row[q] = 1 + rng.nextGaussian();
            }
        }
        double[][] w = SharingFixedPoint.fixedPoint(ref, gamma, sigma2);
        double[] mean = new double[k];
        double[] meanRef = new double[k];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < k; q++) {
                mean[q] += w[i][q] / n;
                meanRef[q] += ref[i][q] / n;
            }
        }
        double snr = 0;
        double snrRef = 0;
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < k; q++) {
                assertEquals(meanRef[q], mean[q], 1e-12, "mean preserved");
                // expected gradient sigma^2 (w_i - wbar) + gamma (w_i - w_i^ref) vanishes
                assertEquals(0, sigma2 * (w[i][q] - mean[q]) + gamma * (w[i][q] - ref[i][q]), 1e-12);
                snr += Math.pow((w[i][q] - mean[q]) / mean[q], 2);
                snrRef += Math.pow((ref[i][q] - meanRef[q]) / meanRef[q], 2);
            }
        }
        assertEquals(SharingFixedPoint.inverseSnrFactor(gamma, sigma2), snr / snrRef, 1e-12);
        // Sec. 3.2 values for sigma = 1
        assertEquals(-2.08, Math.log10(SharingFixedPoint.inverseSnrFactor(0.1, 1)), 0.005);
        assertEquals(-4.01, Math.log10(SharingFixedPoint.inverseSnrFactor(0.01, 1)), 0.005);
        assertEquals(-6.00, Math.log10(SharingFixedPoint.inverseSnrFactor(0.001, 1)), 0.005);
        assertEquals(0.2 * 1.1, SharingFixedPoint.deviationRate(0.2, 0.1, 1), 1e-15);
    }

    @Test
    void meanSquareGrowthOfPlainSgdMatchesTheClosedFormOnBothSidesOfTheBound() {
        int k = 81;
        double bound = HebbianStability.meanSquareBound(k, 1);
        assertEquals(2.0 / 83, bound, 1e-15);
        SplittableRandom rng = Seeds.stream(5);
        double[] d = Seeds.gaussian(rng, new double[k]);
        double d2 = dot(d, d);
        double[] x = new double[k];
        for (double eta : new double[] {0.7 * bound, 1.3 * bound}) {
            int samples = 200_000;
            double sum = 0;
            double sumSq = 0;
            for (int s = 0; s < samples; s++) {
                Seeds.gaussian(rng, x);
                double xd = dot(x, d);
                double xx = dot(x, x);
                // |(I - eta x x^T) d|^2 = |d|^2 - 2 eta (x.d)^2 + eta^2 |x|^2 (x.d)^2
                double g = (d2 - 2 * eta * xd * xd + eta * eta * xx * xd * xd) / d2;
                sum += g;
                sumSq += g * g;
            }
            double mean = sum / samples;
            double se = Math.sqrt((sumSq / samples - mean * mean) / samples);
            double expected = HebbianStability.meanSquareGrowth(eta, k, 1);
            assertEquals(expected, mean, 5 * se, "eta = " + eta);
            assertTrue(eta < bound ? expected < 1 : expected > 1);
        }
    }

    @Test
    void heavyBallBoundSeparatesDecayFromGrowth() {
        double lambda = 81;
        double mu = 0.95;
        double bound = HebbianStability.heavyBallBound(lambda, mu);
        assertTrue(amplitudeAfter(0.98 * bound, lambda, mu) < 1e-3);
        assertTrue(amplitudeAfter(1.02 * bound, lambda, mu) > 1e3);
    }

    /** |d| after 500 heavy-ball steps on the quadratic lambda d^2 / 2 from d = 1. */
    private static double amplitudeAfter(double eta, double lambda, double mu) {
        double d = 1;
        double v = 0;
        for (int t = 0; t < 500; t++) {
            v = mu * v - eta * lambda * d;
            d += v;
        }
        return Math.abs(d);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void sleepRecursionReducesToTheSingleSampleBoundAndToPlainContraction() {
        // batch 1, gamma 0: the single-sample growth 1 - 2 eta + eta^2 (K + 2)
        assertEquals(HebbianStability.meanSquareGrowth(0.01, 81, 1), SleepConvergence.meanSquareFactor(0.01, 0, 81, 1), 1e-15);
        assertEquals(HebbianStability.meanSquareBound(81, 1), SleepConvergence.stabilityBound(81, 1), 1e-15);
        // gamma 0: a_n = q^n exactly
        double[] a = SleepConvergence.relativeMeanSquare(0.1, 0, 144, 128, 50);
        assertEquals(Math.pow(SleepConvergence.meanSquareFactor(0.1, 0, 144, 128), 50), a[50], 1e-15);
        // gamma > 0: tends to the anchored fixed point (gamma/(1+gamma))^2 for large batches
        double[] b = SleepConvergence.relativeMeanSquare(0.1, 0.05, 9, 1_000_000, 2000);
        assertEquals(Math.pow(0.05 / 1.05, 2), b[2000], 1e-6);
    }
}

package org.neurotheory.synaptic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.synaptic.theory.SteadyStateVariance;

/**
 * Check 3 (single-synapse scalar Kalman filter) and the weight-space steady state of §3.1 (Eq. S1),
 * numbered as in the model reference in docs/papers/synaptic.md.
 */
class GaussianWeightFilterTest {
    @Test
    void singleSynapseWithoutDriftIsTheScalarKalmanFilter() {
        double m0 = 0.5;
        double s0 = 0.3;
        double noise = 2.0; // s.d. of the observation noise, mV
        double wTrue = 0.8;
        GaussianWeightFilter f = new GaussianWeightFilter(new double[] {m0}, new double[] {s0}, m0, s0, 0.01,
                Double.POSITIVE_INFINITY);
        SplittableRandom rng = new SplittableRandom(3);
        int[] active = {0};
        double sumY = 0;
        for (int n = 1; n <= 200; n++) {
            double y = wTrue + noise * rng.nextGaussian(); // V_tar + noise, deterministic V = m
            sumY += y;
            double delta = y - f.mean(0);
            // exact error variance for a deterministic synapse: sigma_0^2 + s^2 (§2.5, Eq. 2.5 with v = s^2)
            f.step(active, 1, delta, noise * noise + f.variance(0));
            double precision = 1 / s0 + n / (noise * noise);
            double mean = (m0 / s0 + sumY / (noise * noise)) / precision;
            // identical algebra up to rounding: 1e-12 relative (check 3's tolerance)
            assertEquals(precision, 1 / f.variance(0), 1e-12 * precision, "precision after " + n);
            assertEquals(mean, f.mean(0), 1e-12, "mean after " + n);
        }
    }

    @Test
    void steadyStateVarianceMatchesClosedForm() {
        // 200 synapses at 5 Hz, tau = 100 s, constant sigma_delta^2: the time-averaged s^2 against
        // the weight-space form of Eq. (S1). The closed form averages the update over spikes
        // (mean-field in time); the spike-driven fluctuations of s^2 bias the average by ~1%.
        int n = 200;
        double dt = 0.01;
        double tau = 100;
        double nu = 5;
        double prior = 0.0218561;
        double sd2 = 4.78;
        double[] m0 = new double[n];
        double[] s0 = new double[n];
        Arrays.fill(m0, 0.53);
        Arrays.fill(s0, prior);
        GaussianWeightFilter f = new GaussianWeightFilter(m0, s0, 0.53, prior, dt, tau);
        SplittableRandom rng = new SplittableRandom(9);
        int[] active = new int[n];
        double sum = 0;
        long samples = 0;
        long steps = Math.round(20 * tau / dt);
        for (long k = 0; k < steps; k++) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (rng.nextDouble() < nu * dt) {
                    active[count++] = i;
                }
            }
            f.step(active, count, 0, sd2);
            if (k >= steps / 4 && k % 100 == 0) {
                for (int i = 0; i < n; i++) {
                    sum += f.variance(i);
                }
                samples += n;
            }
        }
        assertEquals(SteadyStateVariance.weightVariance(nu, prior, sd2, tau), sum / samples,
                0.03 * SteadyStateVariance.weightVariance(nu, prior, sd2, tau));
    }
}

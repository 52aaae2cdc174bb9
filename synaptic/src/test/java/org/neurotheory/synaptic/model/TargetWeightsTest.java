package org.neurotheory.synaptic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Check 2 of the model reference (docs/papers/synaptic.md): the Ornstein-Uhlenbeck generator of the
 * target log-weights (Eq. 2.2).
 */
class TargetWeightsTest {
    private static final double MU = -0.669;
    private static final double S2 = 0.07448;

    @Test
    void stationaryMomentsAndLagTauAutocorrelation() {
        int n = 1000;
        double dt = 0.01;
        double tau = 1000;
        long perTau = Math.round(tau / dt);
        int readsPerTau = 10;
        TargetWeights w = new TargetWeights(n, MU, MU, S2, dt, tau, 42);
        int burn = 5 * readsPerTau; // the variance starts at 0: skip 5 tau
        int reads = 50 * readsPerTau;
        double sum = 0;
        double sumSq = 0;
        double cross = 0;
        long count = 0;
        long pairs = 0;
        double[] lagged = new double[n * readsPerTau]; // ring of the last tau of reads
        for (int r = 0; r < burn + reads; r++) {
            long step = (long) r * perTau / readsPerTau;
            for (int i = 0; i < n; i++) {
                double x = w.logWeight(i, step) - MU;
                int slot = (r % readsPerTau) * n + i;
                if (r >= burn) {
                    sum += x;
                    sumSq += x * x;
                    count++;
                    if (r >= burn + readsPerTau) {
                        cross += x * lagged[slot];
                        pairs++;
                    }
                }
                lagged[slot] = x;
            }
        }
        double mean = sum / count;
        double var = sumSq / count - mean * mean;
        // check 2: +-3% over T = 50 tau and 1000 synapses. Independent samples ~ 1000 x 50 tau / (2 tau),
        // so the s.e. of the variance is ~ sqrt(2/25000) = 0.9% and of the mean 0.27/158 = 0.0017.
        assertEquals(MU, MU + mean, 0.03 * Math.abs(MU));
        assertEquals(S2, var, 0.03 * S2);
        // lag-tau autocorrelation e^{-1}; check 2's tolerance 0.05 (s.e. ~ 0.006)
        assertEquals(Math.exp(-1), cross / pairs / var, 0.05);
    }

    @Test
    void exactTransitionAtEveryReadSpacing() {
        // one read after 3 tau from lambda0 = mu + 1: mean mu + e^{-3}, variance S2 (1 - e^{-6})
        int n = 20000;
        TargetWeights w = new TargetWeights(n, MU + 1, MU, S2, 0.01, 10, 7);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = w.logWeight(i, 3000);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        double expectedVar = S2 * (1 - Math.exp(-6));
        // 4 standard errors: sqrt(var/n) for the mean, var sqrt(2/n) for the variance
        assertEquals(MU + Math.exp(-3), mean, 4 * Math.sqrt(expectedVar / n));
        assertEquals(expectedVar, var, 4 * expectedVar * Math.sqrt(2.0 / n));
    }

    @Test
    void readsMustNotGoBackInTime() {
        TargetWeights w = new TargetWeights(2, MU, MU, S2, 0.01, 10, 1);
        w.logWeight(0, 100);
        assertEquals(w.logWeight(0, 100), w.logWeight(0, 100));
        assertThrows(IllegalArgumentException.class, () -> w.logWeight(0, 99));
    }
}

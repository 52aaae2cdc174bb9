package org.neurotheory.popcodes.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.popcodes.model.ExpPoissonStage;
import org.neurotheory.popcodes.theory.BiasCorrectedFisher;

/**
 * Spike-count simulation against the exact-moment information of the exp-Poisson stage (§2.4 of the
 * model reference, docs/papers/popcodes.md).
 */
class CircuitSamplerTest {
    @Test
    void poissonCountsMatchExactMomentInformation() {
        double[] rates = {1, 2, 0.5};
        double[] f = {0.5, -0.2, 0.3};
        DMatrixRMaj sxi = Matrices.of(new double[][] {{1, 0.3, 0.1}, {0.3, 1, 0.2}, {0.1, 0.2, 1}});
        CommonOps_DDRM.scale(0.05, sxi);
        ExpPoissonStage stage = new ExpPoissonStage(1, 1);
        double ds = 0.5;
        double target = stage.exactFiniteDifferenceInformation(rates, f, sxi, ds);
        BiasCorrectedFisher e = new CircuitSampler(rates, f, sxi).estimateCounts(stage, 100000, ds, 3);
        // fixed seed, 4 SE; the SE formula assumes Gaussian responses, Poisson counts of mean 1-8
        // are close enough at T = 1e5 that the spread is within a few percent of it
        assertTrue(Math.abs(e.zScore(target)) < 4, "MC " + e + " vs exact " + target);
        // and the finite-difference target is within 1% of the derivative information for ds = 0.5 (error O(ds^2))
        double exact = stage.exactInformation(rates, f, sxi);
        assertTrue(Math.abs(target / exact - 1) < 0.01, target + " vs " + exact);
    }

    @Test
    void sameSeedSameSamples() {
        CircuitSampler s = new CircuitSampler(new double[] {0, 0}, new double[] {1, 1},
                Matrices.of(new double[][] {{1, 0.2}, {0.2, 1}}));
        assertTrue(s.estimateInput(50, 1, 9).value() == s.estimateInput(50, 1, 9).value());
    }

    @Test
    void poissonSamplerHasPoissonMoments() {
        SplittableRandom rng = new SplittableRandom(1);
        double mean = 3.7;
        int n = 200000;
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double k = CircuitSampler.poisson(mean, rng);
            s += k;
            s2 += k * k;
        }
        double m = s / n;
        double v = s2 / n - m * m;
        // SE of the mean sqrt(3.7/2e5) = 0.0043; of the variance ~ sqrt((mu + 2 mu^2)/n) = 0.013
        assertTrue(Math.abs(m - mean) < 4 * 0.0043, "mean " + m);
        assertTrue(Math.abs(v - mean) < 4 * 0.013, "variance " + v);
    }
}

package org.neurotheory.popcodes.theory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.popcodes.data.CircuitSampler;
import org.neurotheory.popcodes.model.CovarianceModels;
import org.neurotheory.popcodes.model.DownstreamStage;

/**
 * Monte-Carlo linear Fisher information against the closed forms (§2.2, E1 and E4 of the model reference,
 * docs/papers/popcodes.md).
 */
class MonteCarloInformationTest {
    private static final int N = 10;

    private static double[] signal() {
        double[] f = new double[N];
        for (int i = 0; i < N; i++) {
            f[i] = Math.sin(0.9 * i + 0.2);
        }
        return f;
    }

    private static DMatrixRMaj covariance() {
        double[] v = new double[N];
        double[] phi = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = 0.5 + 0.1 * i;
            phi[i] = 2 * Math.PI * i / N;
        }
        return CovarianceModels.limitedRange(v, phi, 0.5, 1.0);
    }

    @Test
    void biasCorrectedEstimatorIsUnbiasedWithTheStatedSpread() {
        // 200 independent estimates with few trials (T = 40, N = 10): the naive estimate is biased
        // by ~30%; the corrected mean must be within 4 standard errors of the mean (SE/sqrt(200)),
        // and the empirical spread within 25% of Eq. 12 (the sampling error of a standard
        // deviation from 200 draws is ~5%, the formula is itself an approximation).
        double[] f = signal();
        DMatrixRMaj c = covariance();
        double exact = FisherSolver.of(f, c);
        CircuitSampler sampler = new CircuitSampler(new double[N], f, c);
        int reps = 200;
        int trials = 40;
        double ds = 1.0;
        double sum = 0;
        double sumSq = 0;
        double naive = 0;
        for (int r = 0; r < reps; r++) {
            BiasCorrectedFisher e = sampler.estimateInput(trials, ds, Seeds.derive(42, r));
            sum += e.value();
            sumSq += e.value() * e.value();
            naive += e.naive();
        }
        double mean = sum / reps;
        double sd = Math.sqrt(sumSq / reps - mean * mean);
        double predicted = BiasCorrectedFisher.standardError(exact, N, trials, ds);
        assertTrue(Math.abs(mean - exact) < 4 * predicted / Math.sqrt(reps),
                "corrected mean " + mean + " vs exact " + exact + " (SE of mean " + predicted / Math.sqrt(reps) + ")");
        assertTrue(naive / reps > exact * 1.15, "the naive estimate is biased upwards: " + naive / reps);
        assertTrue(Math.abs(sd / predicted - 1) < 0.25, "spread " + sd + " vs Eq. 12 " + predicted);
    }

    @Test
    void simulatedTwoStageCircuitMatchesOutputInformation() {
        double[] f = signal();
        DMatrixRMaj c = covariance();
        DownstreamStage stage = DownstreamStage.isotropic(N, 0.7);
        double exact = stage.outputInformation(f, c);
        BiasCorrectedFisher e = new CircuitSampler(new double[N], f, c).estimateOutput(stage, 20000, 1.0, 7);
        // fixed seed; a correct estimator is within 4 SE with probability 0.99994
        assertTrue(Math.abs(e.zScore(exact)) < 4, "MC " + e + " vs E4 " + exact);
        assertTrue(e.standardError() < 0.05 * exact, "the test has power: SE " + e.standardError());
    }
}

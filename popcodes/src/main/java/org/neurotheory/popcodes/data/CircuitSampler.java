package org.neurotheory.popcodes.data;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.GaussianSampler;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.popcodes.model.DownstreamStage;
import org.neurotheory.popcodes.model.ExpPoissonStage;
import org.neurotheory.popcodes.theory.BiasCorrectedFisher;

/**
 * Simulates trials of the two-stage circuit around one stimulus s (§2.3-2.4), for
 * Monte-Carlo information estimates. The first layer is the locally linear Gaussian population
 * whose linear Fisher information is Eq. E1: {@code x = f + f' (s' - s) + xi},
 * {@code xi ~ N(0, Sigma_xi)}. The second layer is simulated stage by stage: a linear stage
 * {@code y = A x + eta}, {@code eta ~ N(0, Sigma_eta)} (Eq. E4 is then exact), or spike counts
 * {@code y_i ~ Poisson(T exp(x_i))} (Fano factor 1).
 */
public final class CircuitSampler {
    private final double[] rates;
    private final double[] signal;
    private final GaussianSampler noise;

    /**
     * @param rates           mean responses f(s)
     * @param signal          signal direction f'(s), same length
     * @param inputCovariance first-layer noise covariance Sigma_xi (positive semi-definite)
     */
    public CircuitSampler(double[] rates, double[] signal, DMatrixRMaj inputCovariance) {
        Require.allFinite("rates", rates);
        Require.length("signal", signal, rates.length);
        Require.allFinite("signal", signal);
        this.rates = rates.clone();
        this.signal = signal.clone();
        this.noise = GaussianSampler.centred(Require.nonNull("inputCovariance", inputCovariance));
        Require.that(noise.dimension() == rates.length, "inputCovariance size", noise.dimension(),
                "must equal rates.length = " + rates.length);
    }

    /** {@code trials} first-layer responses (rows) at stimulus offset {@code s' - s}. */
    public DMatrixRMaj firstLayer(int trials, double offset, SplittableRandom rng) {
        Require.finite("offset", offset);
        DMatrixRMaj x = noise.sample(trials, rng);
        int n = rates.length;
        for (int r = 0; r < trials; r++) {
            for (int i = 0; i < n; i++) {
                x.data[r * n + i] += rates[i] + signal[i] * offset;
            }
        }
        return x;
    }

    /** Second-layer responses {@code y = A x + eta} of a linear(ised) downstream stage. */
    public DMatrixRMaj secondLayer(DownstreamStage stage, int trials, double offset, SplittableRandom rng) {
        Require.that(stage.inputs() == rates.length, "stage.inputs()", stage.inputs(), "must equal " + rates.length);
        DMatrixRMaj x = firstLayer(trials, offset, rng);
        DMatrixRMaj y = new DMatrixRMaj(trials, stage.outputs());
        CommonOps_DDRM.multTransB(x, stage.linearMap(), y);
        DMatrixRMaj eta = GaussianSampler.centred(stage.noise()).sample(trials, rng);
        CommonOps_DDRM.addEquals(y, eta);
        return y;
    }

    /** Spike counts {@code y_i ~ Poisson(T exp(x_i))}; requires Fano factor 1. */
    public DMatrixRMaj counts(ExpPoissonStage stage, int trials, double offset, SplittableRandom rng) {
        Require.that(stage.fano() == 1.0, "stage.fano()", stage.fano(), "must be 1 to sample Poisson counts");
        DMatrixRMaj y = firstLayer(trials, offset, rng);
        for (int k = 0; k < y.data.length; k++) {
            y.data[k] = poisson(stage.window() * Math.exp(y.data[k]), rng);
        }
        return y;
    }

    /** Bias-corrected estimate of I_x from {@code trials} first-layer trials at {@code s -/+ ds/2}. */
    public BiasCorrectedFisher estimateInput(int trials, double ds, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        return BiasCorrectedFisher.estimate(firstLayer(trials, -ds / 2, rng), firstLayer(trials, ds / 2, rng), ds);
    }

    /** Bias-corrected estimate of I_y (Eq. E4) from simulated second-layer trials. */
    public BiasCorrectedFisher estimateOutput(DownstreamStage stage, int trials, double ds, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        return BiasCorrectedFisher.estimate(secondLayer(stage, trials, -ds / 2, rng),
                secondLayer(stage, trials, ds / 2, rng), ds);
    }

    /** Bias-corrected estimate of the information in simulated spike counts. */
    public BiasCorrectedFisher estimateCounts(ExpPoissonStage stage, int trials, double ds, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        return BiasCorrectedFisher.estimate(counts(stage, trials, -ds / 2, rng), counts(stage, trials, ds / 2, rng), ds);
    }

    /** Poisson sample by sequential inversion (exact; cost grows with the mean, fine below ~100). */
    static int poisson(double mean, SplittableRandom rng) {
        Require.that(mean >= 0 && mean < 700, "mean", mean, "must lie in [0, 700) for sequential inversion");
        double u = rng.nextDouble();
        double p = Math.exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && p > 0) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }
}

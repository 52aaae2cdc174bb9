package org.neurotheory.popcodes.model;

import static org.neurotheory.core.testing.Assertions.assertClose;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * The exp-Poisson effective noise (§2.4 of the model reference, docs/papers/popcodes.md) is the general
 * E5 construction for W = I.
 */
class StageConsistencyTest {
    @Test
    void poissonEffectiveNoiseEqualsGeneralStage() {
        double[] rates = {1, 2, 0.5, -0.3};
        double fano = 1.7;
        double window = 0.4;
        ExpPoissonStage poisson = new ExpPoissonStage(fano, window);
        double[] gains = new double[4];
        double[] variances = new double[4];
        for (int i = 0; i < 4; i++) {
            gains[i] = window * Math.exp(rates[i]);
            variances[i] = fano * window * Math.exp(rates[i]);
        }
        DownstreamStage general = new DownstreamStage(CommonOps_DDRM.identity(4), gains,
                CovarianceModels.independent(variances));
        DMatrixRMaj a = poisson.effectiveNoise(rates);
        DMatrixRMaj b = general.effectiveNoise();
        assertClose(a.data, b.data, 1e-15, 1e-12, "Sigma_y");
    }
}

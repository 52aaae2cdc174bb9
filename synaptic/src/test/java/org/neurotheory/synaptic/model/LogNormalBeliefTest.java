package org.neurotheory.synaptic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Check 1 of the model reference (docs/papers/synaptic.md): moment conversions of the log-normal belief (§2.4). */
class LogNormalBeliefTest {
    @Test
    void priorMoments() {
        SynapticParameters p = SynapticParameters.paper();
        // reference values, computed from m = exp(mu + sigma^2/2) and s^2 = m^2 (e^{sigma^2} - 1) at the
        // successor code's prior (mu = -0.669, sigma^2 = 0.07448), to 6 significant digits
        assertEquals(0.531655, p.priorMean(), 1e-6);
        assertEquals(0.0218561, p.priorVariance(), 1e-7);
        assertEquals(0.531655, LogNormalBelief.mean(-0.669, 0.07448), 1e-6);
    }

    @Test
    void varianceIsMeanSquaredTimesExpm1() {
        double mu = 0.3;
        double s2 = 0.2;
        double m = Math.exp(mu + s2 / 2);
        assertEquals(m * m * (Math.exp(s2) - 1), LogNormalBelief.variance(mu, s2), 1e-14);
        assertEquals(m * (Math.exp(s2) - 1), LogNormalBelief.normalisedVariability(mu, s2), 1e-14);
    }

    @Test
    void inverseConversionRoundTrips() {
        double mu = -0.669;
        double s2 = 0.07448;
        double m = LogNormalBelief.mean(mu, s2);
        double v = LogNormalBelief.variance(mu, s2);
        assertEquals(s2, LogNormalBelief.logVarianceOf(m, v), 1e-14);
        assertEquals(mu, LogNormalBelief.logMeanOf(m, v), 1e-14);
    }
}

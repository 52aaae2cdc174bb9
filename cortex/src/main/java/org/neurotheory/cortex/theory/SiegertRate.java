package org.neurotheory.cortex.theory;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.neurotheory.core.Require;

/**
 * Stationary firing rate of a LIF neuron driven by Gaussian white noise (Siegert formula), with the
 * Fourcaud-Brunel (2002) shift for synaptic filtering (§3.2):
 * <pre>
 *   1/Phi = tau_ref + tau_m sqrt(pi) int_{y_r}^{y_theta} erfcx(-u) du,
 *   y_theta = (theta_eff - mu)/sigma,  y_r = (V_r,eff - mu)/sigma,
 *   theta_eff = theta + (alpha/2) sigma sqrt(tau_s/tau_m),  V_r,eff = V_r + (alpha/2) sigma sqrt(tau_s/tau_m),
 *   alpha = sqrt(2) |zeta(1/2)| = 2.065253.
 * </pre>
 * Times in ms, potentials in mV, rates in Hz. The integral uses 100-point Gauss-Legendre on each of
 * up to four sub-intervals; a rate below 1e-300 (integral overflow) is returned as 0.
 *
 * @param tauM   membrane time constant (ms)
 * @param tauRef refractory period (ms)
 * @param theta  threshold (mV)
 * @param vReset reset (mV)
 */
public record SiegertRate(double tauM, double tauRef, double theta, double vReset) {
    /** Fourcaud-Brunel constant {@code sqrt(2) |zeta(1/2)|}. */
    public static final double ALPHA = 2.065253;
    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();

    public SiegertRate {
        Require.positive("tauM", tauM);
        Require.nonNegative("tauRef", tauRef);
        Require.finite("theta", theta);
        Require.that(vReset < theta, "vReset", vReset, "must be < theta = " + theta);
    }

    /** Threshold and reset shift {@code (alpha/2) sigma sqrt(tau_s/tau_m)} (mV). */
    public double shift(double sigma, double tauS) {
        return ALPHA / 2 * sigma * Math.sqrt(tauS / tauM);
    }

    /** White-noise rate (no synaptic shift), Hz. */
    public double rate(double mu, double sigma) {
        return rateShifted(mu, sigma, 0);
    }

    /** Rate with the Fourcaud-Brunel shift for synaptic time constant {@code tauS} (ms), Hz. */
    public double rate(double mu, double sigma, double tauS) {
        Require.positive("tauS", tauS);
        return rateShifted(mu, sigma, shift(sigma, tauS));
    }

    /** Rate with thresholds moved up by {@code shift} mV, Hz. */
    public double rateShifted(double mu, double sigma, double shift) {
        Require.finite("mu", mu);
        Require.positive("sigma", sigma);
        double yT = (theta + shift - mu) / sigma;
        double yR = (vReset + shift - mu) / sigma;
        double integral = integrate(yR, yT);
        if (!Double.isFinite(integral)) {
            return 0;
        }
        double r = 1000.0 / (tauRef + tauM * Math.sqrt(Math.PI) * integral);
        return r < 1e-300 ? 0 : r;
    }

    static double integrate(double a, double b) {
        int pieces = 4;
        double h = (b - a) / pieces;
        double s = 0;
        for (int k = 0; k < pieces; k++) {
            GaussIntegrator g = FACTORY.legendre(100, a + k * h, a + (k + 1) * h);
            s += g.integrate(u -> Erfcx.value(-u));
        }
        return s;
    }
}

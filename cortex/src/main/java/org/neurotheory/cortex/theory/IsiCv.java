package org.neurotheory.cortex.theory;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.neurotheory.core.Require;

/**
 * Coefficient of variation of the inter-spike interval of a white-noise-driven LIF neuron
 * (Brunel 2000; §3.3):
 * <pre>
 *   CV^2 = 2 pi (nu tau_m)^2 int_{y_r}^{y_theta} dx int_{-inf}^{x} dy e^{x^2 - y^2} erfcx(-y)^2
 * </pre>
 * with nu from {@link SiegertRate}. The inner integral runs over {@code [min(x, -|x|) - 9, x]}
 * (the integrand is below e^{-81} relative outside), Gauss-Legendre 64 points on each of 4 pieces,
 * and the outer integral likewise.
 */
public final class IsiCv {
    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();

    private IsiCv() {
    }

    /** CV for drive {@code (mu, sigma)} without a synaptic shift. */
    public static double cv(SiegertRate neuron, double mu, double sigma) {
        return cvShifted(neuron, mu, sigma, 0);
    }

    /** CV with thresholds moved up by {@code shift} mV (Fourcaud-Brunel). */
    public static double cvShifted(SiegertRate neuron, double mu, double sigma, double shift) {
        Require.nonNull("neuron", neuron);
        Require.positive("sigma", sigma);
        double nu = neuron.rateShifted(mu, sigma, shift);
        double yT = (neuron.theta() + shift - mu) / sigma;
        double yR = (neuron.vReset() + shift - mu) / sigma;
        double outer = piecewise(yR, yT, x -> Math.exp(x * x) * inner(x));
        double nt = nu * neuron.tauM() / 1000.0;
        return Math.sqrt(2 * Math.PI * nt * nt * outer);
    }

    private static double inner(double x) {
        double lo = Math.min(x, -Math.abs(x)) - 9;
        return piecewise(lo, x, y -> {
            double e = Erfcx.value(-y);
            return Math.exp(-y * y) * e * e;
        });
    }

    private static double piecewise(double a, double b, UnivariateFunction f) {
        int pieces = 4;
        double h = (b - a) / pieces;
        double s = 0;
        for (int k = 0; k < pieces; k++) {
            GaussIntegrator g = FACTORY.legendre(64, a + k * h, a + (k + 1) * h);
            s += g.integrate(f);
        }
        return s;
    }
}

package org.neurotheory.sparsity.theory;

import org.apache.commons.math3.special.Erf;
import org.neurotheory.core.Require;

/**
 * Density of the effective weight {@code w = sign(psi) |psi|^alpha} when {@code psi ~ N(0, sigma^2)}
 * (Schwarz et al. 2021, Sec. 3, the implied prior): by the change of variables
 * {@code f_w(w) = f_psi(sign(w)|w|^(1/alpha)) (1/alpha) |w|^(1/alpha - 1)}. For {@code alpha > 1}
 * the density diverges at {@code w = 0} (integrably): the spike at zero behind "a distribution with
 * markedly higher density at zero".
 *
 * @param alpha Powerprop exponent, {@code >= 1}
 * @param sigma standard deviation of psi, {@code > 0}
 */
public record WeightDensity(double alpha, double sigma) {
    public WeightDensity {
        RichGetRicher.checkAlpha(alpha);
        Require.positive("sigma", sigma);
    }

    /** {@code f_w(w)}; {@code +Infinity} at {@code w = 0} when {@code alpha > 1}. */
    public double density(double w) {
        Require.finite("w", w);
        double a = Math.abs(w);
        if (a == 0) {
            return alpha > 1 ? Double.POSITIVE_INFINITY : 1 / (sigma * Math.sqrt(2 * Math.PI));
        }
        double x = Math.pow(a, 1 / alpha);
        double fPsi = Math.exp(-0.5 * x * x / (sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
        return fPsi * Math.pow(a, 1 / alpha - 1) / alpha;
    }

    /** {@code P(|w| < eps) = P(|psi| < eps^(1/alpha)) = erf(eps^(1/alpha) / (sigma sqrt 2))}. */
    public double massBelow(double eps) {
        Require.nonNegative("eps", eps);
        return Erf.erf(Math.pow(eps, 1 / alpha) / (sigma * Math.sqrt(2)));
    }

    /** {@code P(a <= w < b)} for {@code a < b}, from the normal distribution of psi. */
    public double massBetween(double a, double b) {
        Require.finite("a", a);
        Require.that(b > a && Double.isFinite(b), "b", b, "must be finite and > a = " + a);
        return cdf(b) - cdf(a);
    }

    private double cdf(double w) {
        double x = Math.signum(w) * Math.pow(Math.abs(w), 1 / alpha);
        return 0.5 * (1 + Erf.erf(x / (sigma * Math.sqrt(2))));
    }
}

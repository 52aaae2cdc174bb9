package org.neurotheory.cortex.theory;

import org.apache.commons.math3.special.Erf;

/**
 * The scaled complementary error function {@code erfcx(x) = e^{x^2} erfc(x)}, stable for every
 * finite x (§3.2: the Siegert integrand {@code e^{u^2}(1 + erf u) = erfcx(-u)}).
 * For {@code 0 <= x < 5}: {@code e^{x^2}} times Commons Math's erfc (relative accuracy ~1e-15);
 * for {@code x >= 5}: the Laplace continued fraction
 * {@code erfcx(x) = (1/sqrt(pi)) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))};
 * for {@code x < 0}: {@code 2 e^{x^2} - erfcx(-x)}, which overflows to +Infinity below about -26.6.
 */
public final class Erfcx {
    private static final double INV_SQRT_PI = 1 / Math.sqrt(Math.PI);

    private Erfcx() {
    }

    /** {@code e^{x^2} erfc(x)}. */
    public static double value(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2 * Math.exp(x * x) - value(-x);
        }
        if (x < 5) {
            return Math.exp(x * x) * Erf.erfc(x);
        }
        double f = x;
        for (int k = 60; k >= 1; k--) {
            f = x + 0.5 * k / f;
        }
        return INV_SQRT_PI / f;
    }
}

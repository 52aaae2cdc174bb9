package org.neurotheory.synaptic.theory;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.neurotheory.core.Require;

/**
 * Prediction P3 (§3.4): at a fixed presynaptic rate the steady-state PSP variance
 * s^2 ~ m^2 sigma^2(nu, m) of Eq. (S1)-(S2) grows linearly with the PSP mean m at high rates
 * (s^2 ~ m sqrt(2 sigma_prior^2 sigma_delta^2/(tau nu))) and as m^2 in the prior-dominated regime,
 * so the log-log slope of variance against mean lies between 1 and 2.
 */
public final class VarianceMeanLaw {
    private VarianceMeanLaw() {
    }

    /** Log-spaced PSP means from {@code lo} to {@code hi} (mV). */
    public static double[] meanGrid(double lo, double hi, int points) {
        Require.positive("lo", lo);
        Require.that(hi > lo, "hi", hi, "must be > lo = " + lo);
        Require.that(points >= 2, "points", points, "must be >= 2");
        double[] m = new double[points];
        for (int j = 0; j < points; j++) {
            m[j] = lo * Math.pow(hi / lo, j / (points - 1.0));
        }
        return m;
    }

    /** s^2(m) of Eq. (S2) on the given means at rate nu (Hz). */
    public static double[] variances(double nu, double[] means, double sigmaDelta2, double sigma2Prior, double tau) {
        double[] v = new double[means.length];
        for (int j = 0; j < means.length; j++) {
            v[j] = SteadyStateVariance.pspVariance(nu, means[j], sigmaDelta2, sigma2Prior, tau);
        }
        return v;
    }

    /** Least-squares slope of ln s^2 on ln m over a log-spaced grid of 200 means in [lo, hi]. */
    public static double logLogSlope(double nu, double lo, double hi, double sigmaDelta2, double sigma2Prior, double tau) {
        double[] m = meanGrid(lo, hi, 200);
        double[] v = variances(nu, m, sigmaDelta2, sigma2Prior, tau);
        SimpleRegression fit = new SimpleRegression();
        for (int j = 0; j < m.length; j++) {
            fit.addData(Math.log(m[j]), Math.log(v[j]));
        }
        return fit.getSlope();
    }
}

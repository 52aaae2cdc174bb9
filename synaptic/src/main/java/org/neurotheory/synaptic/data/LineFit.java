package org.neurotheory.synaptic.data;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.neurotheory.core.Require;

/**
 * A least-squares line y = intercept + slope x with the slope's standard error and the Pearson
 * correlation, and the fits used on the synaptic data (§4.2): log-log regression,
 * least squares through the origin, Spearman rank correlation.
 *
 * @param slope     fitted slope
 * @param slopeSe   standard error of the slope (NaN through the origin)
 * @param intercept fitted intercept (0 through the origin)
 * @param r         Pearson correlation of x and y
 * @param n         number of points
 */
public record LineFit(double slope, double slopeSe, double intercept, double r, int n) {
    public LineFit {
        Require.that(n >= 2, "n", n, "must be >= 2");
    }

    /** Ordinary least squares of y on x. */
    public static LineFit ordinary(double[] x, double[] y) {
        check(x, y);
        SimpleRegression reg = new SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            reg.addData(x[i], y[i]);
        }
        return new LineFit(reg.getSlope(), reg.getSlopeStdErr(), reg.getIntercept(), reg.getR(), x.length);
    }

    /** Ordinary least squares of ln y on ln x (all values must be > 0). */
    public static LineFit logLog(double[] x, double[] y) {
        check(x, y);
        double[] lx = new double[x.length];
        double[] ly = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            Require.that(x[i] > 0 && y[i] > 0, "point " + i, x[i] + ", " + y[i], "must have x > 0 and y > 0");
            lx[i] = Math.log(x[i]);
            ly[i] = Math.log(y[i]);
        }
        return ordinary(lx, ly);
    }

    /** Least squares through the origin, slope = sum x y / sum x^2. */
    public static LineFit throughOrigin(double[] x, double[] y) {
        check(x, y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += x[i] * y[i];
            sxx += x[i] * x[i];
        }
        return new LineFit(sxy / sxx, Double.NaN, 0, ordinary(x, y).r(), x.length);
    }

    /** Spearman rank correlation of x and y. */
    public static double spearman(double[] x, double[] y) {
        check(x, y);
        return new SpearmansCorrelation().correlation(x, y);
    }

    private static void check(double[] x, double[] y) {
        Require.allFinite("x", x);
        Require.length("y", Require.allFinite("y", y), x.length);
        Require.that(x.length >= 3, "x.length", x.length, "must be >= 3");
    }
}

package org.neurotheory.cortex.model.analysis;

import org.neurotheory.core.Require;

/**
 * Normalised cross-correlations and band-limited coherence of sampled signals, computed with the
 * FFT (§2.7). {@code cc(s) = (1/N) sum_t z_x(t) z_y(t + s)} with z-scored signals and
 * zero padding (no circular wrap), so {@code cc(0)} is the Pearson correlation.
 */
public final class CrossCorrelation {
    private CrossCorrelation() {
    }

    /**
     * How a lagged sum {@code sum_t z_x(t) z_y(t + s)} is turned into a correlation. Only
     * {@code N - |s|} products overlap at lag s.
     */
    public enum LagNormalisation {
        /** Divide by the series length N at every lag (biased, never above 1 in magnitude; the figures' estimator). */
        BY_LENGTH,
        /** Divide by the {@code N - |s|} overlapping samples (unbiased at every lag, noisier at long lags). */
        BY_OVERLAP
    }

    /**
     * Cross-correlation for lags {@code -maxLag..maxLag} samples: element {@code maxLag + s} is
     * {@code cc(s)}, normalised {@link LagNormalisation#BY_LENGTH by the length}. A positive lag at the
     * peak means y follows x.
     */
    public static double[] normalized(double[] x, double[] y, int maxLag) {
        return normalized(x, y, maxLag, LagNormalisation.BY_LENGTH);
    }

    /** As {@link #normalized(double[], double[], int)} with the given normalisation of each lag. */
    public static double[] normalized(double[] x, double[] y, int maxLag, LagNormalisation normalisation) {
        Require.nonNull("normalisation", normalisation);
        Require.that(x.length == y.length && x.length > 1, "y.length", y.length,
                "must equal x.length = " + x.length + " and exceed 1");
        Require.inRange("maxLag", maxLag, 0, x.length - 1);
        int n = x.length;
        int m = Fft.nextPowerOfTwo(2 * n);
        double[] xr = zscored(x, m);
        double[] yr = zscored(y, m);
        double[] xi = new double[m];
        double[] yi = new double[m];
        Fft.transform(xr, xi, false);
        Fft.transform(yr, yi, false);
        // conj(X) Y -> sum_t x(t) y(t+s)
        for (int k = 0; k < m; k++) {
            double r = xr[k] * yr[k] + xi[k] * yi[k];
            double i = xr[k] * yi[k] - xi[k] * yr[k];
            xr[k] = r;
            xi[k] = i;
        }
        Fft.transform(xr, xi, true);
        double[] out = new double[2 * maxLag + 1];
        for (int s = -maxLag; s <= maxLag; s++) {
            int divisor = normalisation == LagNormalisation.BY_LENGTH ? n : n - Math.abs(s);
            out[maxLag + s] = xr[(s + m) % m] / divisor;
        }
        return out;
    }

    /**
     * Band-limited correlation {@code Re sum_{f in band} X(f) Y*(f) / sqrt(sum |X|^2 sum |Y|^2)}
     * of two mean-removed signals (Yu-Ferster analogue).
     *
     * @param dt sample interval (ms)
     * @param fLo lower band edge (Hz)
     * @param fHi upper band edge (Hz)
     */
    public static double band(double[] x, double[] y, double dt, double fLo, double fHi) {
        Require.that(x.length == y.length && x.length > 1, "y.length", y.length, "must equal x.length");
        Require.positive("dt", dt);
        Require.that(fHi > fLo && fLo >= 0, "fHi", fHi, "must exceed fLo = " + fLo + " >= 0");
        int m = Fft.nextPowerOfTwo(x.length);
        double[] xr = zscored(x, m);
        double[] yr = zscored(y, m);
        double[] xi = new double[m];
        double[] yi = new double[m];
        Fft.transform(xr, xi, false);
        Fft.transform(yr, yi, false);
        double df = 1000.0 / (m * dt);
        double cross = 0;
        double px = 0;
        double py = 0;
        for (int k = 1; k <= m / 2; k++) {
            double f = k * df;
            if (f < fLo || f > fHi) {
                continue;
            }
            cross += xr[k] * yr[k] + xi[k] * yi[k];
            px += xr[k] * xr[k] + xi[k] * xi[k];
            py += yr[k] * yr[k] + yi[k] * yi[k];
        }
        return px > 0 && py > 0 ? cross / Math.sqrt(px * py) : 0;
    }

    /**
     * Band-limited correlation as {@link #band}, but on the signals' own frequency grid: no zero
     * padding (the discrete Fourier transform of length N at {@code f_k = k / (N dt)}, evaluated
     * directly for the bins in the band) and a half-open band {@code fLo <= f < fHi}, so adjacent
     * bands share no bin. {@link #band} (padding to a power of two, both edges included) is what
     * the figures use.
     *
     * @param dt  sample interval (ms)
     * @param fLo lower band edge (Hz, included)
     * @param fHi upper band edge (Hz, excluded)
     */
    public static double bandUnpadded(double[] x, double[] y, double dt, double fLo, double fHi) {
        Require.that(x.length == y.length && x.length > 1, "y.length", y.length, "must equal x.length");
        Require.positive("dt", dt);
        Require.that(fHi > fLo && fLo >= 0, "fHi", fHi, "must exceed fLo = " + fLo + " >= 0");
        int n = x.length;
        double[] zx = zscored(x, n);
        double[] zy = zscored(y, n);
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int m = 0; m < n; m++) {
            cos[m] = Math.cos(2 * Math.PI * m / n);
            sin[m] = Math.sin(2 * Math.PI * m / n);
        }
        double df = 1000.0 / (n * dt);
        double cross = 0;
        double px = 0;
        double py = 0;
        for (int k = 1; k <= n / 2; k++) {
            double f = k * df;
            if (f < fLo || f >= fHi) {
                continue;
            }
            double xr = 0;
            double xi = 0;
            double yr = 0;
            double yi = 0;
            int phase = 0;
            for (int t = 0; t < n; t++) {
                xr += zx[t] * cos[phase];
                xi -= zx[t] * sin[phase];
                yr += zy[t] * cos[phase];
                yi -= zy[t] * sin[phase];
                phase += k;
                if (phase >= n) {
                    phase -= n;
                }
            }
            cross += xr * yr + xi * yi;
            px += xr * xr + xi * xi;
            py += yr * yr + yi * yi;
        }
        return px > 0 && py > 0 ? cross / Math.sqrt(px * py) : 0;
    }

    /** Copy of {@code x}, z-scored, zero-padded to length m. */
    static double[] zscored(double[] x, int m) {
        double mean = 0;
        for (double d : x) {
            mean += d;
        }
        mean /= x.length;
        double var = 0;
        for (double d : x) {
            var += (d - mean) * (d - mean);
        }
        double sd = Math.sqrt(var / x.length);
        double[] out = new double[m];
        for (int i = 0; i < x.length; i++) {
            out[i] = sd > 0 ? (x[i] - mean) / sd : 0;
        }
        return out;
    }
}

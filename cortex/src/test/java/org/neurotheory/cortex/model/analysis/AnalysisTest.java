package org.neurotheory.cortex.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.cortex.model.SpikeRaster;

/** Analyses against direct computations on known signals. */
class AnalysisTest {
    @Test
    void fftCrossCorrelationEqualsDirectSum() {
        SplittableRandom rng = new SplittableRandom(1);
        int n = 1000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = rng.nextGaussian();
        }
        for (int t = 0; t < n; t++) {
            y[t] = (t >= 7 ? x[t - 7] : 0) + 0.5 * rng.nextGaussian() + 3; // y follows x by 7 samples
        }
        double[] cc = CrossCorrelation.normalized(x, y, 20);
        double[] zx = CrossCorrelation.zscored(x, n);
        double[] zy = CrossCorrelation.zscored(y, n);
        for (int s = -20; s <= 20; s++) {
            double d = 0;
            for (int t = 0; t < n; t++) {
                if (t + s >= 0 && t + s < n) {
                    d += zx[t] * zy[t + s];
                }
            }
            assertEquals(d / n, cc[20 + s], 1e-12, "lag " + s);
        }
        Peak p = Peak.of(cc, 0.5);
        assertEquals(3.5, p.lag(), 1e-12, "7 samples of 0.5 ms");
    }

    @Test
    void bandCorrelationSeparatesBands() {
        int n = 8192;
        double dt = 1.0;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double slow = Math.sin(2 * Math.PI * 5 * t * dt / 1000);
            double fast = Math.sin(2 * Math.PI * 50 * t * dt / 1000);
            x[t] = slow + fast;
            y[t] = slow - fast; // in phase at 5 Hz, anti-phase at 50 Hz
        }
        assertEquals(1.0, CrossCorrelation.band(x, y, dt, 0.5, 10), 0.02);
        assertEquals(-1.0, CrossCorrelation.band(x, y, dt, 30, 90), 0.02);
    }

    @Test
    void populationCovarianceEqualsPairAverage() {
        SplittableRandom rng = new SplittableRandom(2);
        int[][] c = new int[30][200];
        for (int w = 0; w < 200; w++) {
            int shared = rng.nextInt(4);
            for (int i = 0; i < 30; i++) {
                c[i][w] = shared + rng.nextInt(3);
            }
        }
        double direct = 0;
        for (int i = 0; i < 30; i++) {
            for (int k = 0; k < 30; k++) {
                if (i != k) {
                    direct += cov(c[i], c[k]) / (30.0 * 29);
                }
            }
        }
        assertEquals(direct, SpikeStatistics.meanPairCovariance(c), 1e-12);
    }

    @Test
    void cvOfRegularAndPoissonTrains() {
        SpikeRaster r = new SpikeRaster(2, 100);
        SplittableRandom rng = new SplittableRandom(3);
        double t = 0;
        for (int k = 0; k < 50; k++) {
            r.add(100 * k, 0); // regular: CV 0
        }
        int last = 0;
        while (last < 5_000_000) {
            t += -Math.log(1 - rng.nextDouble()) * 200;
            last = (int) t;
            r.add(last, 1);
        }
        double[] cvs = SpikeStatistics.cvs(r, 0, 5_000_000, 11);
        assertEquals(0, cvs[0], 1e-12);
        // ~25000 exponential ISIs: s.e. of CV ~ 1/sqrt(2 * 25000) = 0.0045; 5 s.e.
        assertEquals(1.0, cvs[1], 0.025);
    }

    @Test
    void spectrumFindsASinusoid() {
        int n = 20000;
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = Math.sin(2 * Math.PI * 58 * t / 1000.0);
        }
        PowerSpectrum s = PowerSpectrum.welch(x, 1.0, 1024);
        assertEquals(58, s.peakFrequency(20, 200), 1000.0 / 1024);
    }

    private static double cov(int[] a, int[] b) {
        double ma = 0;
        double mb = 0;
        for (int w = 0; w < a.length; w++) {
            ma += a[w] / (double) a.length;
            mb += b[w] / (double) a.length;
        }
        double s = 0;
        for (int w = 0; w < a.length; w++) {
            s += (a[w] - ma) * (b[w] - mb);
        }
        return s / a.length;
    }
}

package org.neurotheory.cortex.model.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.cortex.model.ProbeTraces;
import org.neurotheory.cortex.model.SpikeRaster;

/** The analysis calls a figure's quantities come from, against direct computations on known signals. */
class PublicAnalysisCallsTest {
    /**
     * Ten neurons firing one spike each every 10 ms (100 Hz, volleys on the same 10 ms grid, so every
     * 10 ms window holds one spike per neuron) and, at each of three volleys, four extra spikes 1 ms
     * after the centre: 0.4 extra spikes per neuron per volley, exactly.
     */
    @Test
    void volleyPsthCountsTheExtraSpikesPerVolley() {
        double dt = 0.1;
        int steps = 4000;
        SpikeRaster r = new SpikeRaster(10, 10_000);
        double[] volleysMs = {100, 200, 300};
        for (int step = 0; step < steps; step++) {
            for (int id = 0; id < 10; id++) {
                boolean background = (step + 7 * id) % 100 == 0;
                boolean extra = id < 4 && (step == 1010 || step == 2010 || step == 3010);
                if (background || extra) {
                    r.add(step, id);
                }
            }
        }
        VolleyPsth psth = VolleyPsth.ofVolleyTimesMs(r, volleysMs, dt, 0.5, -25, 40, steps);
        assertEquals(100, psth.baseline(), 1e-9);
        assertEquals(100, psth.baseline(-15), 1e-9);
        assertEquals(0.4, psth.extraSpikesPerVolley(0, 10), 1e-12);
        assertEquals(0.4, psth.extraSpikesPerVolley(0, 10, -15), 1e-12);
        assertEquals(1.0, psth.peakLatency(), 0.25 + 1e-12);
        assertEquals(psth.fwhm(), psth.fwhm(VolleyPsth.DEFAULT_BASELINE_END_MS), 0.0);
    }

    /** {@code BY_OVERLAP} divides each lagged sum by its N - |s| products; {@code BY_LENGTH} (the default) by N. */
    @Test
    void ccVByOverlapDividesByTheOverlappingSamples() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 400;
        double[][] v = new double[2][n];
        for (int t = 0; t < n; t++) {
            v[0][t] = rng.nextGaussian();
            v[1][t] = (t >= 3 ? v[0][t - 3] : 0) + rng.nextGaussian();
        }
        ProbeTraces p = new ProbeTraces(v, new double[2][n], new double[2][n], 5, 0.1);
        int maxLag = 50;
        double[] byLength = ProbeStatistics.ccV(p, 0, maxLag);
        double[] byOverlap = ProbeStatistics.ccV(p, 0, maxLag, CrossCorrelation.LagNormalisation.BY_OVERLAP);
        assertArrayEquals(byLength, ProbeStatistics.ccV(p, 0, maxLag, CrossCorrelation.LagNormalisation.BY_LENGTH), 0.0);
        double[] zx = CrossCorrelation.zscored(v[0], n);
        double[] zy = CrossCorrelation.zscored(v[1], n);
        for (int s = -maxLag; s <= maxLag; s++) {
            double d = 0;
            for (int t = Math.max(0, -s); t < Math.min(n, n - s); t++) {
                d += zx[t] * zy[t + s];
            }
            assertEquals(d / (n - Math.abs(s)), byOverlap[maxLag + s], 1e-12, "lag " + s);
            assertEquals(d / n, byLength[maxLag + s], 1e-12, "lag " + s);
        }
    }

    /**
     * A Gaussian bump centred at 60 Hz with one spurious spike at 30 Hz: argmax finds the spike, the
     * smoothed peak and the centroid find the bump (one bin = 1000/1024 Hz).
     */
    @Test
    void smoothedPeakAndCentroidFindABroadBump() {
        int bins = 513;
        double[] f = new double[bins];
        double[] pw = new double[bins];
        double df = 1000.0 / 1024;
        for (int k = 0; k < bins; k++) {
            f[k] = k * df;
            pw[k] = Math.exp(-0.5 * Math.pow((f[k] - 60) / 8, 2));
        }
        int spike = (int) Math.round(30 / df);
        pw[spike] = 2;
        PowerSpectrum s = new PowerSpectrum(f, pw);
        assertEquals(f[spike], s.peakFrequency(20, 100), 0.0);
        assertEquals(f[spike], s.smoothedPeakFrequency(20, 100, 0), 0.0);
        assertEquals(60, s.smoothedPeakFrequency(20, 100, 10), df);
        // centroid over 40-80 Hz: the bump is symmetric there, the spike is outside
        assertEquals(60, s.centroidFrequency(40, 80), 0.5 * df);
    }

    /**
     * On the signals' own grid (N = 8000 samples of 1 ms: bins every 1/8 Hz, exact in binary) the unpadded band
     * correlation separates an in-phase 5 Hz and an anti-phase 50 Hz component exactly (both on
     * bins), and the half-open band [5, 50) holds the 5 Hz bin and excludes the 50 Hz one.
     */
    @Test
    void unpaddedBandCorrelationUsesTheSignalsOwnBins() {
        int n = 8000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double slow = Math.sin(2 * Math.PI * 5 * t / 1000.0);
            double fast = Math.sin(2 * Math.PI * 50 * t / 1000.0);
            x[t] = slow + fast;
            y[t] = slow - fast;
        }
        assertEquals(1.0, CrossCorrelation.bandUnpadded(x, y, 1.0, 0.5, 10), 1e-9);
        assertEquals(-1.0, CrossCorrelation.bandUnpadded(x, y, 1.0, 30, 90), 1e-9);
        assertEquals(1.0, CrossCorrelation.bandUnpadded(x, y, 1.0, 5, 50), 1e-9);
        assertEquals(-1.0, CrossCorrelation.bandUnpadded(x, y, 1.0, 50, 51), 1e-9);
        // the probe-pair form averages the pairs: one pair here
        ProbeTraces p = new ProbeTraces(new double[][] {x, y}, new double[2][n], new double[2][n], 10, 0.1);
        assertEquals(CrossCorrelation.bandUnpadded(x, y, 1.0, 30, 90), ProbeStatistics.bandCorrelationUnpadded(p, 0, 30, 90), 0.0);
    }
}

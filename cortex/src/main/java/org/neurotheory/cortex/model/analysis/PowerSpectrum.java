package org.neurotheory.cortex.model.analysis;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * Welch power spectrum (Hann window, half-overlapping segments) of a sampled signal, e.g. the
 * E population count in 1 ms bins (§2.7, the gamma ripple of §3.7).
 *
 * @param frequencies frequency of each bin (Hz), from 0 to Nyquist
 * @param power       power in arbitrary units
 */
public record PowerSpectrum(double[] frequencies, double[] power) {
    /**
     * @param x       the signal
     * @param dt      sample interval (ms)
     * @param segment segment length in samples (power of two)
     */
    public static PowerSpectrum welch(double[] x, double dt, int segment) {
        Require.that(segment > 1 && (segment & (segment - 1)) == 0, "segment", segment, "must be a power of two > 1");
        Require.that(x.length >= segment, "x.length", x.length, "must be >= segment = " + segment);
        double mean = SpikeStatistics.mean(x);
        double[] pw = new double[segment / 2 + 1];
        double[] re = new double[segment];
        double[] im = new double[segment];
        int count = 0;
        for (int s = 0; s + segment <= x.length; s += segment / 2) {
            for (int k = 0; k < segment; k++) {
                double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * k / segment);
                re[k] = (x[s + k] - mean) * w;
                im[k] = 0;
            }
            Fft.transform(re, im, false);
            for (int k = 0; k <= segment / 2; k++) {
                pw[k] += re[k] * re[k] + im[k] * im[k];
            }
            count++;
        }
        double[] f = new double[pw.length];
        for (int k = 0; k < pw.length; k++) {
            pw[k] /= count;
            f[k] = k * 1000.0 / (segment * dt);
        }
        return new PowerSpectrum(f, pw);
    }

    /** Frequency of the largest power within {@code [fLo, fHi]} Hz. */
    public double peakFrequency(double fLo, double fHi) {
        return frequencies[peakIndex(fLo, fHi)];
    }

    /**
     * Frequency of the largest smoothed power within {@code [fLo, fHi]} Hz: the power is first
     * averaged over the bins within {@code +-halfWidthHz} of each bin (a boxcar; bins outside the
     * spectrum are left out), so a broad bump (e.g. the gamma ripple) peaks at its middle rather
     * than at its largest noisy bin. {@code halfWidthHz = 0} gives {@link #peakFrequency}.
     */
    public double smoothedPeakFrequency(double fLo, double fHi, double halfWidthHz) {
        Require.nonNegative("halfWidthHz", halfWidthHz);
        double df = frequencies.length > 1 ? frequencies[1] - frequencies[0] : 1;
        int w = (int) Math.floor(halfWidthHz / df + 1e-9);
        int best = -1;
        double bestPower = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < power.length; k++) {
            if (frequencies[k] < fLo || frequencies[k] > fHi) {
                continue;
            }
            double s = 0;
            int n = 0;
            for (int j = Math.max(0, k - w); j <= Math.min(power.length - 1, k + w); j++) {
                s += power[j];
                n++;
            }
            if (s / n > bestPower) {
                bestPower = s / n;
                best = k;
            }
        }
        Require.that(best >= 0, "band", fLo + "-" + fHi + " Hz", "must contain a frequency bin");
        return frequencies[best];
    }

    /**
     * Spectral centroid in {@code [fLo, fHi]} Hz: {@code sum f P(f) / sum P(f)} over the bins in the
     * band, the power-weighted mean frequency of a bump.
     */
    public double centroidFrequency(double fLo, double fHi) {
        double s = 0;
        double total = 0;
        for (int k = 0; k < power.length; k++) {
            if (frequencies[k] >= fLo && frequencies[k] <= fHi) {
                s += frequencies[k] * power[k];
                total += power[k];
            }
        }
        Require.that(total > 0, "power in " + fLo + "-" + fHi + " Hz", total, "must be positive");
        return s / total;
    }

    /** Largest power in {@code [fLo, fHi]} divided by the median power over {@code (0, Nyquist]}. */
    public double peakToMedian(double fLo, double fHi) {
        double[] sorted = Arrays.copyOfRange(power, 1, power.length);
        Arrays.sort(sorted);
        return power[peakIndex(fLo, fHi)] / sorted[sorted.length / 2];
    }

    private int peakIndex(double fLo, double fHi) {
        int best = -1;
        for (int k = 0; k < power.length; k++) {
            if (frequencies[k] >= fLo && frequencies[k] <= fHi && (best < 0 || power[k] > power[best])) {
                best = k;
            }
        }
        Require.that(best >= 0, "band", fLo + "-" + fHi + " Hz", "must contain a frequency bin");
        return best;
    }
}

package org.neurotheory.cortex.model.analysis;

import org.neurotheory.core.Require;
import org.neurotheory.cortex.model.SpikeRaster;

/**
 * Population PSTH aligned to input volleys (state C, §2.7): the rate per neuron (Hz)
 * in bins of {@code bin} ms from {@code start} to {@code end} ms around each volley centre, with
 * summaries: baseline (mean rate in {@code [start, -5)} ms), peak latency, full width at half
 * maximum above baseline, and the mean rate in a post-volley window.
 *
 * @param times bin centres (ms relative to the volley centre)
 * @param rate  rate per neuron in each bin (Hz)
 * @param bin   bin width (ms)
 */
public record VolleyPsth(double[] times, double[] rate, double bin) {
    /**
     * @param r       spikes of the population
     * @param volleys volley centre times (ms); volleys whose window leaves the recording are skipped
     * @param dt      time step (ms)
     */
    public static VolleyPsth of(SpikeRaster r, double[] volleys, double dt, double bin, double start, double end,
                                int totalSteps) {
        Require.positive("bin", bin);
        Require.that(end > start, "end", end, "must exceed start = " + start);
        int nb = (int) Math.round((end - start) / bin);
        double[] counts = new double[nb];
        int used = 0;
        for (double tv : volleys) {
            if (tv + start < 0 || (tv + end) / dt > totalSteps) {
                continue;
            }
            used++;
            for (int s = 0; s < r.count(); s++) {
                double rel = r.step(s) * dt - tv;
                if (rel >= start && rel < end) {
                    counts[(int) ((rel - start) / bin)]++;
                }
            }
        }
        Require.positive("volleys inside the recording", used);
        double[] t = new double[nb];
        double[] rate = new double[nb];
        for (int k = 0; k < nb; k++) {
            t[k] = start + (k + 0.5) * bin;
            rate[k] = counts[k] / (used * (double) r.size() * bin / 1000.0);
        }
        return new VolleyPsth(t, rate, bin);
    }

    /** Mean rate (Hz) over bins whose centre lies in {@code [a, b)} ms. */
    public double meanRate(double a, double b) {
        double s = 0;
        int n = 0;
        for (int k = 0; k < times.length; k++) {
            if (times[k] >= a && times[k] < b) {
                s += rate[k];
                n++;
            }
        }
        Require.positive("bins in window", n);
        return s / n;
    }

    /** Baseline rate: mean over {@code [first bin, -5 ms)}. */
    public double baseline() {
        return meanRate(times[0] - bin, -5);
    }

    /** Index of the largest bin. */
    public int peakIndex() {
        int best = 0;
        for (int k = 1; k < rate.length; k++) {
            if (rate[k] > rate[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Time of the largest bin (ms after the volley centre). */
    public double peakLatency() {
        return times[peakIndex()];
    }

    /**
     * Full width at half maximum above baseline (ms): the contiguous run of bins around the peak
     * above {@code baseline + (peak - baseline)/2}, with linear interpolation at both edges.
     */
    public double fwhm() {
        int p = peakIndex();
        double base = baseline();
        double half = base + (rate[p] - base) / 2;
        int lo = p;
        while (lo > 0 && rate[lo - 1] > half) {
            lo--;
        }
        int hi = p;
        while (hi < rate.length - 1 && rate[hi + 1] > half) {
            hi++;
        }
        double left = times[lo];
        if (lo > 0) {
            left -= bin * (rate[lo] - half) / (rate[lo] - rate[lo - 1]);
        }
        double right = times[hi];
        if (hi < rate.length - 1) {
            right += bin * (rate[hi] - half) / (rate[hi] - rate[hi + 1]);
        }
        return right - left;
    }
}

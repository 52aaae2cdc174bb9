package org.neurotheory.cortex.model.analysis;

import org.neurotheory.core.Require;
import org.neurotheory.cortex.model.SpikeRaster;

/**
 * Population PSTH aligned to input volleys (state C, §2.7): the rate per neuron (Hz) in bins of
 * {@code binMs} from {@code startMs} to {@code endMs} around each volley centre, with summaries:
 * baseline (mean rate before a given time, by default {@link #DEFAULT_BASELINE_END_MS}), peak
 * latency, full width at half maximum above baseline, the mean rate in a post-volley window and
 * the extra spikes a volley evokes. Every time here is in milliseconds (the unit is in the names);
 * spike rasters count steps, converted with {@code dtMs}.
 *
 * @param times bin centres (ms relative to the volley centre)
 * @param rate  rate per neuron in each bin (Hz)
 * @param bin   bin width (ms)
 */
public record VolleyPsth(double[] times, double[] rate, double bin) {
    /** The default end of the baseline window: the baseline is the mean rate from the first bin to 5 ms before the volley centre. */
    public static final double DEFAULT_BASELINE_END_MS = -5;

    /**
     * @param r             spikes of the population (steps)
     * @param volleyTimesMs volley centre times (ms, e.g. {@code InputState.volleyTimes}); volleys whose
     *                      window leaves the recording are skipped
     * @param dtMs          time step (ms)
     * @param binMs         bin width (ms)
     * @param startMs       window start relative to each volley centre (ms, usually negative)
     * @param endMs         window end relative to each volley centre (ms)
     * @param totalSteps    length of the recording (steps)
     */
    public static VolleyPsth ofVolleyTimesMs(SpikeRaster r, double[] volleyTimesMs, double dtMs, double binMs,
                                             double startMs, double endMs, int totalSteps) {
        Require.positive("binMs", binMs);
        Require.that(endMs > startMs, "endMs", endMs, "must exceed startMs = " + startMs);
        int nb = (int) Math.round((endMs - startMs) / binMs);
        double[] counts = new double[nb];
        int used = 0;
        for (double tv : volleyTimesMs) {
            if (tv + startMs < 0 || (tv + endMs) / dtMs > totalSteps) {
                continue;
            }
            used++;
            for (int s = 0; s < r.count(); s++) {
                double rel = r.step(s) * dtMs - tv;
                if (rel >= startMs && rel < endMs) {
                    counts[(int) ((rel - startMs) / binMs)]++;
                }
            }
        }
        Require.positive("volleys inside the recording", used);
        double[] t = new double[nb];
        double[] rate = new double[nb];
        for (int k = 0; k < nb; k++) {
            t[k] = startMs + (k + 0.5) * binMs;
            rate[k] = counts[k] / (used * (double) r.size() * binMs / 1000.0);
        }
        return new VolleyPsth(t, rate, binMs);
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

    /** Baseline rate (Hz): mean over {@code [first bin, DEFAULT_BASELINE_END_MS)}. */
    public double baseline() {
        return baseline(DEFAULT_BASELINE_END_MS);
    }

    /** Baseline rate (Hz): mean over the bins from the first to {@code baselineEndMs} (exclusive, ms from the volley centre). */
    public double baseline(double baselineEndMs) {
        return meanRate(times[0] - bin, baselineEndMs);
    }

    /**
     * The extra spikes one volley evokes per neuron: {@code sum (rate - baseline) * bin} over the bins
     * whose centre lies in {@code [fromMs, toMs)}, with the baseline over the default window. Multiply by
     * the population size for the population's extra spikes per volley; negative for net suppression.
     */
    public double extraSpikesPerVolley(double fromMs, double toMs) {
        return extraSpikesPerVolley(fromMs, toMs, DEFAULT_BASELINE_END_MS);
    }

    /** As {@link #extraSpikesPerVolley(double, double)} with the baseline over {@code [first bin, baselineEndMs)}. */
    public double extraSpikesPerVolley(double fromMs, double toMs, double baselineEndMs) {
        double base = baseline(baselineEndMs);
        double s = 0;
        int n = 0;
        for (int k = 0; k < times.length; k++) {
            if (times[k] >= fromMs && times[k] < toMs) {
                s += (rate[k] - base) * bin / 1000.0;
                n++;
            }
        }
        Require.positive("bins in [fromMs, toMs)", n);
        return s;
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

    /** Full width at half maximum (ms) above the baseline over the default window. */
    public double fwhm() {
        return fwhm(DEFAULT_BASELINE_END_MS);
    }

    /**
     * Full width at half maximum above baseline (ms): the contiguous run of bins around the peak
     * above {@code baseline + (peak - baseline)/2}, with linear interpolation at both edges; the
     * baseline is the mean over {@code [first bin, baselineEndMs)}.
     */
    public double fwhm(double baselineEndMs) {
        int p = peakIndex();
        double base = baseline(baselineEndMs);
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

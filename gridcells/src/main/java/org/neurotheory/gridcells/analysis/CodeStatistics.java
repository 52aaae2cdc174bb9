package org.neurotheory.gridcells.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.gridcells.model.ActionableCode;

/**
 * Summary measures of an optimised code beyond gridness (Section 4.0): in-room negativity,
 * pairwise map correlation (redundancy) and the share of power at very low frequencies, the
 * typical failure mode of the optimisation.
 */
public final class CodeStatistics {
    private CodeStatistics() {
    }

    /**
     * Per neuron, {@code min / max} of its rate over {@code samples} points {@code x ~ Normal(0, I)}
     * (the visited room): 0 for a non-negative neuron, -1 for a symmetric oscillation.
     */
    public static double[] inRoomNegativity(ActionableCode code, int samples, SplittableRandom rng) {
        Require.positive("samples", samples);
        int n = code.neurons();
        double[] min = new double[n];
        double[] max = new double[n];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double[] x = new double[code.dim()];
        for (int s = 0; s < samples; s++) {
            for (int j = 0; j < x.length; j++) {
                x[j] = rng.nextGaussian();
            }
            double[] g = code.rates(x);
            for (int i = 0; i < n; i++) {
                min[i] = Math.min(min[i], g[i]);
                max[i] = Math.max(max[i], g[i]);
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.min(0, min[i]) / Math.max(Math.abs(max[i]), 1e-300);
        }
        return out;
    }

    /** Mean Pearson correlation over all pairs of neurons' rate maps (low: neurons encode different places). */
    public static double meanPairwiseCorrelation(RateMap maps) {
        int n = maps.neurons();
        Require.that(n >= 2, "neurons", n, "must be >= 2");
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sum += correlation(maps.map(i), maps.map(j));
                pairs++;
            }
        }
        return sum / pairs;
    }

    /** Pearson correlation of two equally long arrays (0 when either is constant). */
    public static double correlation(double[] a, double[] b) {
        Require.length("b", b, a.length);
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= a.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
    }

    /** Share of the non-constant power carried by frequencies with {@code |k| < cutoff}. */
    public static double lowFrequencyPowerFraction(ActionableCode code, double cutoff) {
        Require.nonNegative("cutoff", cutoff);
        double low = 0;
        double total = 0;
        for (int d = 0; d < code.frequencies(); d++) {
            double p = code.power(d);
            total += p;
            if (norm(code.frequency(d)) < cutoff) {
                low += p;
            }
        }
        return total > 0 ? low / total : 0;
    }

    /** Median of an array (not modified). */
    public static double median(double[] v) {
        Require.that(v.length > 0, "v.length", v.length, "must be > 0");
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}

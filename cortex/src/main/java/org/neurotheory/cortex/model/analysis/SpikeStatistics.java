package org.neurotheory.cortex.model.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.cortex.model.SpikeRaster;

/**
 * Spike-train statistics of §2.7, over the steps {@code [from, to)} of a raster:
 * rates, ISI CV, Fano factors, spike-count correlations, mean pairwise count covariance and the
 * population-rate signal. Rates are in Hz, {@code dt} in ms.
 */
public final class SpikeStatistics {
    private SpikeStatistics() {
    }

    /** Rate of every neuron (Hz). */
    public static double[] rates(SpikeRaster r, int from, int to, double dt) {
        int[] c = r.countsPerNeuron(from, to);
        double dur = (to - from) * dt / 1000.0;
        double[] out = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i] / dur;
        }
        return out;
    }

    /** Population mean rate, silent neurons included (Hz). */
    public static double meanRate(SpikeRaster r, int from, int to, double dt) {
        Require.that(to > from, "to", to, "must exceed from = " + from);
        int k = 0;
        for (int s = 0; s < r.count(); s++) {
            if (r.step(s) >= from && r.step(s) < to) {
                k++;
            }
        }
        return r.size() == 0 ? 0 : k / (r.size() * (to - from) * dt / 1000.0);
    }

    /** Fraction of neurons with no spike in {@code [from, to)}. */
    public static double silentFraction(SpikeRaster r, int from, int to) {
        int silent = 0;
        for (int c : r.countsPerNeuron(from, to)) {
            if (c == 0) {
                silent++;
            }
        }
        return r.size() == 0 ? 0 : silent / (double) r.size();
    }

    /** ISI coefficient of variation of every neuron with at least {@code minSpikes} spikes. */
    public static double[] cvs(SpikeRaster r, int from, int to, int minSpikes) {
        int[][] g = r.byNeuron(from, to);
        int[] start = g[0];
        int[] st = g[1];
        double[] tmp = new double[r.size()];
        int m = 0;
        for (int i = 0; i < r.size(); i++) {
            int n = start[i + 1] - start[i];
            if (n < Math.max(minSpikes, 3)) {
                continue;
            }
            double s1 = 0;
            double s2 = 0;
            for (int k = start[i] + 1; k < start[i + 1]; k++) {
                double isi = st[k] - st[k - 1];
                s1 += isi;
                s2 += isi * isi;
            }
            int q = n - 1;
            double mean = s1 / q;
            double var = Math.max(0, s2 / q - mean * mean);
            tmp[m++] = Math.sqrt(var) / mean;
        }
        return Arrays.copyOf(tmp, m);
    }

    /** Spike counts {@code [neuron][window]} in consecutive windows of {@code window} steps. */
    public static int[][] counts(SpikeRaster r, int from, int to, int window) {
        Require.positive("window", window);
        int nw = (to - from) / window;
        Require.positive("number of windows", nw);
        int[][] c = new int[r.size()][nw];
        for (int s = 0; s < r.count(); s++) {
            int st = r.step(s);
            if (st >= from && st < from + nw * window) {
                c[r.id(s)][(st - from) / window]++;
            }
        }
        return c;
    }

    /** Fano factor (variance / mean of the window counts) of every neuron with a non-zero mean. */
    public static double[] fanoFactors(int[][] counts) {
        double[] tmp = new double[counts.length];
        int m = 0;
        for (int[] c : counts) {
            double mean = mean(c);
            if (mean > 0) {
                tmp[m++] = variance(c, mean) / mean;
            }
        }
        return Arrays.copyOf(tmp, m);
    }

    /**
     * Pearson spike-count correlations of {@code pairs} random pairs of distinct neurons that
     * spiked at least once (and whose counts vary).
     */
    public static double[] pairCorrelations(int[][] counts, int pairs, long seed) {
        Require.positive("pairs", pairs);
        int[] active = new int[counts.length];
        int na = 0;
        for (int i = 0; i < counts.length; i++) {
            double m = mean(counts[i]);
            if (m > 0 && variance(counts[i], m) > 0) {
                active[na++] = i;
            }
        }
        Require.that(na >= 2, "active neurons", na, "must be at least 2 to form pairs");
        SplittableRandom rng = new SplittableRandom(seed);
        double[] r = new double[pairs];
        for (int k = 0; k < pairs; k++) {
            int a = active[rng.nextInt(na)];
            int b;
            do {
                b = active[rng.nextInt(na)];
            } while (b == a);
            r[k] = pearson(counts[a], counts[b]);
        }
        return r;
    }

    /**
     * Mean pairwise count covariance from the population count (§3.5):
     * {@code c = (Var_t[sum_i n_i] - sum_i Var_t[n_i]) / (N (N - 1))}.
     */
    public static double meanPairCovariance(int[][] counts) {
        int n = counts.length;
        Require.that(n >= 2, "neurons", n, "must be at least 2");
        int nw = counts[0].length;
        double[] pop = new double[nw];
        double sumVar = 0;
        for (int[] c : counts) {
            for (int w = 0; w < nw; w++) {
                pop[w] += c[w];
            }
            sumVar += variance(c, mean(c));
        }
        double pm = 0;
        for (double p : pop) {
            pm += p;
        }
        pm /= nw;
        double pv = 0;
        for (double p : pop) {
            pv += (p - pm) * (p - pm);
        }
        pv /= nw;
        return (pv - sumVar) / ((double) n * (n - 1));
    }

    /** Population spike count in consecutive bins of {@code bin} steps. */
    public static double[] populationCounts(SpikeRaster r, int from, int to, int bin) {
        Require.positive("bin", bin);
        int nb = (to - from) / bin;
        double[] out = new double[Math.max(nb, 0)];
        for (int s = 0; s < r.count(); s++) {
            int st = r.step(s);
            if (st >= from && st < from + nb * bin) {
                out[(st - from) / bin]++;
            }
        }
        return out;
    }

    /** s.d. / mean of a series (population-rate irregularity). */
    public static double coefficientOfVariation(double[] x) {
        double m = 0;
        for (double d : x) {
            m += d;
        }
        m /= x.length;
        double v = 0;
        for (double d : x) {
            v += (d - m) * (d - m);
        }
        return Math.sqrt(v / x.length) / m;
    }

    /** Mean of an array. */
    public static double mean(double[] x) {
        double s = 0;
        for (double d : x) {
            s += d;
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }

    /** Standard deviation (population) of an array. */
    public static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double d : x) {
            s += (d - m) * (d - m);
        }
        return Math.sqrt(s / x.length);
    }

    private static double mean(int[] c) {
        double s = 0;
        for (int x : c) {
            s += x;
        }
        return s / c.length;
    }

    private static double variance(int[] c, double mean) {
        double s = 0;
        for (int x : c) {
            s += (x - mean) * (x - mean);
        }
        return s / c.length;
    }

    private static double pearson(int[] a, int[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int w = 0; w < a.length; w++) {
            double x = a[w] - ma;
            double y = b[w] - mb;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        return sab / Math.sqrt(saa * sbb);
    }
}

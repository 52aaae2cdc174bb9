package org.neurotheory.sparsity.experiments;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;

/**
 * Fig. 1b/c of Schwarz et al. 2021: the distribution of the effective weights {@code |w|} of the
 * Fig. 1a networks (first layer), (b) at initialisation, identical for every alpha by
 * construction (Sec. 2.3) and compared with the truncated-normal density it is drawn from, and
 * (c) after training, where Powerprop puts more mass near zero than the baseline ("markedly higher
 * density at zero"); (d) the rich-get-richer signature: mean final {@code |w|} against initial {@code |w|}.
 */
public final class Fig1bcWeightDistributions implements FigureSpec {
    private static final double LO = 1e-6;
    private static final double HI = 1;
    private static final int BINS = 30;
    private final Fig1aAccuracyVsSparsity source;

    /** Uses the networks of {@link Fig1aAccuracyVsSparsity} at the scale's preset. */
    public Fig1bcWeightDistributions() {
        this(new Fig1aAccuracyVsSparsity());
    }

    /** Uses the networks of the given Fig. 1a (e.g. with fixed parameters). */
    public Fig1bcWeightDistributions(Fig1aAccuracyVsSparsity source) {
        this.source = source;
    }

    @Override
    public String key() {
        return "fig1bc";
    }

    @Override
    public String title() {
        return "Fig. 1b/c: distribution of |w| (first layer) at initialisation and after training";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Fig1aAccuracyVsSparsity.Params p = source.params(scale);
        FigureData data = new FigureData(title()).parameters(p);
        Panel init = data.panel("b: |w| at initialisation", "|w|", "density of |w|").logX().logY()
                .title("b", "|w| at init (layer 1): samples vs truncated normal").hideLegend();
        Panel trained = data.panel("c: |w| after " + p.steps() + " steps", "|w|", "density of |w|").logX().logY()
                .title("c", "density of |w| after " + p.steps() + " steps");
        Panel rich = data.panel("d: rich get richer", "initial |w|", "mean final |w|").logX().logY()
                .title("d", "rich get richer: final |w| against initial |w|");
        double[] small = new double[p.alphas().length];
        double[] spread = new double[p.alphas().length];
        float[] w0Baseline = null;
        for (int a = 0; a < p.alphas().length; a++) {
            OneShotRun run = OneShotRun.of(p, p.alphas()[a], seed);
            String name = Labels.alpha(run.alpha());
            float[] w0 = run.initial().get(0);
            float[] w1 = run.trained().get(0);
            if (a == 0) {
                w0Baseline = w0;
                double[][] h = histogram(w0);
                init.simulation("every-alpha sampled", "every alpha", h[0], h[1]);
                int fanIn = p.sizes()[0];
                // Sonnet's truncated normal: raw std sqrt(1/fan_in)/0.8796 before truncation at 2 std
                double std = Math.sqrt(1.0 / fanIn) / 0.87962566103423978;
                double[] x = new double[60];
                double[] y = new double[60];
                int used = 0;
                for (int i = 0; i < 60; i++) {
                    double v = Math.exp(Math.log(LO) + (Math.log(2 * std) - Math.log(LO)) * i / 59.0);
                    x[used] = v;
                    // density of |theta| for the +-2 std truncated normal
                    y[used++] = 2 * Math.exp(-0.5 * v * v / (std * std)) / (std * Math.sqrt(2 * Math.PI) * 0.9544997361036416);
                }
                init.theory("every-alpha truncated normal", "every alpha", x, y);
                data.check(Check.atMost("initial |w| histogram vs truncated normal: largest |count - expected|/sqrt(expected)",
                        0, worstZ(w0, std), 4.5));
            } else {
                double maxDiff = 0;
                for (int i = 0; i < w0.length; i++) {
                    maxDiff = Math.max(maxDiff, Math.abs(w0[i] - w0Baseline[i]) / Math.max(Math.abs(w0Baseline[i]), 1e-30));
                }
                // float32 round trip psi = w^(1/alpha), w = psi^alpha: a few ulps
                data.check(Check.atMost(name + ": initial weights equal the baseline's (max relative difference)", 0, maxDiff, 1e-5));
            }
            if (run.diverged()) {
                continue;
            }
            double[][] h = histogram(w1);
            trained.line(Labels.alphaOrBaseline(run.alpha()), h[0], h[1]);
            small[a] = fractionBelow(w1, 1e-3);
            double[][] r = richGetRicher(w0, w1, 2 * Math.sqrt(1.0 / p.sizes()[0]) / 0.87962566103423978);
            rich.line(name, r[0], r[1]);
            spread[a] = r[1][r[1].length - 1] / r[1][0];
            data.parameter("fraction |w| < 1e-3 after training alpha=" + run.alpha(), small[a]);
        }
        // the paper: Powerprop's trained weights have "markedly higher density at zero" than the baseline's
        for (int a = 1; a < p.alphas().length; a++) {
            data.check(Check.holds(Labels.alpha(p.alphas()[a]) + ": more trained weights below 1e-3 than the baseline ("
                    + small[a] + " vs " + small[0] + ")", small[a] > small[0]));
        }
        data.check(Check.holds("rich get richer: final/initial magnitude ratio of the largest vs smallest initial weights"
                + " grows from alpha=1 to the largest alpha", spread[spread.length - 1] > spread[0]));
        return data;
    }

    private static double[][] histogram(float[] w) {
        int[] counts = new int[BINS];
        double width = (Math.log(HI) - Math.log(LO)) / BINS;
        for (float v : w) {
            double a = Math.abs(v);
            int b = (int) Math.floor((Math.log(a) - Math.log(LO)) / width);
            if (a > 0 && b >= 0 && b < BINS) {
                counts[b]++;
            }
        }
        int k = 0;
        double[][] out = new double[2][BINS];
        for (int b = 0; b < BINS; b++) {
            if (counts[b] > 0) {
                double lo = Math.exp(Math.log(LO) + b * width);
                double hi = Math.exp(Math.log(LO) + (b + 1) * width);
                out[0][k] = Math.sqrt(lo * hi);
                out[1][k++] = counts[b] / (w.length * (hi - lo));
            }
        }
        return new double[][] {Arrays.copyOf(out[0], k), Arrays.copyOf(out[1], k)};
    }

    private static double worstZ(float[] w, double std) {
        int[] counts = new int[BINS];
        double width = (Math.log(HI) - Math.log(LO)) / BINS;
        for (float v : w) {
            double a = Math.abs(v);
            int b = (int) Math.floor((Math.log(a) - Math.log(LO)) / width);
            if (a > 0 && b >= 0 && b < BINS) {
                counts[b]++;
            }
        }
        NormalDistribution n = new NormalDistribution(null, 0, std);
        double norm = n.cumulativeProbability(2 * std) - n.cumulativeProbability(-2 * std);
        double worst = 0;
        for (int b = 0; b < BINS; b++) {
            double lo = Math.exp(Math.log(LO) + b * width);
            double hi = Math.min(2 * std, Math.exp(Math.log(LO) + (b + 1) * width));
            double mass = hi > lo ? 2 * (n.cumulativeProbability(hi) - n.cumulativeProbability(lo)) / norm : 0;
            double expected = mass * w.length;
            if (expected >= 50) {
                worst = Math.max(worst, Math.abs(counts[b] - expected) / Math.sqrt(expected));
            }
        }
        return worst;
    }

    private static double fractionBelow(float[] w, double eps) {
        int c = 0;
        for (float v : w) {
            c += Math.abs(v) < eps ? 1 : 0;
        }
        return (double) c / w.length;
    }

    /** Mean final |w| in 12 log-spaced bins of initial |w| from 1e-4 to {@code hi} (bins with at least 20 weights). */
    private static double[][] richGetRicher(float[] w0, float[] w1, double hi) {
        int bins = 12;
        double lo = 1e-4;
        double[] sum = new double[bins];
        int[] count = new int[bins];
        double width = (Math.log(hi) - Math.log(lo)) / bins;
        for (int i = 0; i < w0.length; i++) {
            double a = Math.abs(w0[i]);
            int b = (int) Math.floor((Math.log(a) - Math.log(lo)) / width);
            if (a > 0 && b >= 0 && b < bins) {
                sum[b] += Math.abs(w1[i]);
                count[b]++;
            }
        }
        double[] x = new double[bins];
        double[] y = new double[bins];
        int k = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] >= 20) {
                x[k] = Math.exp(Math.log(lo) + (b + 0.5) * width);
                y[k++] = sum[b] / count[b];
            }
        }
        return new double[][] {Arrays.copyOf(x, k), Arrays.copyOf(y, k)};
    }
}

package org.neurotheory.bioplausible.conv.experiments;

import java.util.List;
import java.util.SplittableRandom;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.neurotheory.bioplausible.conv.model.GroupDeviation;
import org.neurotheory.bioplausible.conv.model.HebbianSleep;
import org.neurotheory.bioplausible.conv.model.LcWeightLayout;
import org.neurotheory.bioplausible.conv.model.WeightSnr;
import org.neurotheory.bioplausible.conv.theory.ScaleCollapse;
import org.neurotheory.bioplausible.conv.theory.SleepConvergence;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureRenderer;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;

/**
 * A derived figure (not in the paper; it makes the "weights equalised" step of Fig. 3A numeric):
 * one Hebbian sleep phase (Pogodin et al. 2021, Sec. 4.2, official settings: 100 iterations of 128
 * tiled patterns, rate 0.1, gamma 1e-5) on the three locally connected layers of our reduced network
 * (1 -> 8 channels on 36 x 36, stride 1; 8 -> 16 on 36 x 36, stride 2; 16 -> 32 on 18 x 18, stride 2;
 * k = 3, independent He-normal weights). (a) Mean-square deviation of the non-border weights from
 * their group means against sleep iteration, with the exact mean-square recursion of
 * {@link SleepConvergence} dashed. (b) The paper's weight SNR (over all non-border positions) rising
 * to the value of its limit, a tiled convolution with {@code k^2 = 9} kernels per channel pair: the
 * sleep phase equalises phase groups, not the whole layer.
 */
public final class FigS1SleepConvergence implements FigureSpec {
    /** The reduced network's LC layers: {C_in, C_out, input size, stride}. */
    private static final int[][] LAYERS = {{1, 8, 36, 1}, {8, 16, 36, 2}, {16, 32, 18, 2}};

    /**
     * Parameters.
     *
     * @param sleep the sleep phase (iterations, patterns per iteration, rate, anchor)
     */
    public record Params(HebbianSleep.Params sleep) {
        public Params {
            Require.nonNull("sleep", sleep);
        }

        /** Seconds: 20 iterations of 32 patterns (rate and anchor as in the official code). */
        public static Params quick() {
            return new Params(HebbianSleep.Params.paper().withSize(20, 32));
        }

        /** The official sleep phase: 100 iterations of 128 patterns. */
        public static Params paper() {
            return new Params(HebbianSleep.Params.paper());
        }
    }

    @Override
    public String key() {
        return "figs1";
    }

    @Override
    public String title() {
        return "Fig. S1 (derived): one Hebbian sleep phase on the LC layers of the reduced network";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        return compute(scale.pick(Params.quick(), Params.paper()), seed);
    }

    /** Computes the figure for explicit parameters. */
    public FigureData compute(Params p, long seed) {
        FigureData data = new FigureData(title());
        data.parameters(p);
        HebbianSleep.Params sp = p.sleep();
        Panel a = data.panel("a: distance from the group means", "sleep iteration", "log10 (mean-square deviation / initial)")
                .title("a", "distance from the group means");
        Panel b = data.panel("b: weight SNR (all non-border positions)", "sleep iteration", "log10 weight SNR")
                .title("b", "weight SNR (all non-border positions)");
        double[] its = new double[sp.iterations() + 1];
        for (int n = 0; n <= sp.iterations(); n++) {
            its[n] = n;
        }
        for (int li = 0; li < LAYERS.length; li++) {
            int[] s = LAYERS[li];
            LcWeightLayout l = new LcWeightLayout(s[0], s[1], s[2], 3, s[3]);
            String label = "layer " + (li + 1) + " (K=" + l.fanIn() + ")";
            SplittableRandom rng = Seeds.stream(Seeds.derive(seed, li));
            double std = ScaleCollapse.kaimingStd(l.outChannels(), l.kernel());
            float[] w = new float[l.size()];
            for (int e = 0; e < w.length; e++) {
                w[e] = (float) (std * rng.nextGaussian());
            }
            float[] start = w.clone();
            float[] limit = GroupDeviation.interiorGroupMeans(start, l);
            double ms0 = GroupDeviation.meanSquare(w, l);
            double[] ms = new double[its.length];
            double[] snr = new double[its.length];
            ms[0] = 0;
            snr[0] = Math.log10(WeightSnr.of(w, l));
            HebbianSleep.sleep(w, l, sp, rng, (n, weights) -> {
                ms[n] = Math.log10(GroupDeviation.meanSquare(weights, l) / ms0);
                snr[n] = Math.log10(WeightSnr.of(weights, l));
            });
            double[] theory = SleepConvergence.relativeMeanSquare(sp.lr(), sp.gamma(), l.fanIn(), sp.batch(), sp.iterations());
            double[] theoryLog = new double[theory.length];
            for (int n = 0; n < theory.length; n++) {
                theoryLog[n] = Math.log10(theory[n]);
            }
            a.line(label, its, ms);
            a.dashed(label + " theory", its, theoryLog);
            double limitSnr = Math.log10(WeightSnr.of(limit, l));
            b.line(label, its, snr);
            b.referenceLine(label + " tiled-conv limit", 0, sp.iterations(), limitSnr);
            // Every deviation in a layer sees the same sequence of batch matrices S, so the layer's
            // mean square is one draw of a random product; averaged over K directions its log10 wanders
            // by about 0.43 eta sqrt(2 n / (B K)) <= 0.05 here. 0.15 allows three such swings.
            data.check(Check.absolute("mean-square deviation after the phase vs exact recursion (log10), " + label,
                    theoryLog[theoryLog.length - 1], ms[ms.length - 1], 0.15));
            double drift = 0;
            float[] endMeans = GroupDeviation.interiorGroupMeans(w, l);
            for (int e = 0; e < w.length; e++) {
                drift = Math.max(drift, Math.abs(endMeans[e] - limit[e]));
            }
            // group means are exact invariants; float32 updates accumulate rounding of about 1e-8 per step
            data.check(Check.atMost("group means kept (largest change), " + label, 0, drift, 1e-5 * std / 0.1));
            boolean borderKept = true;
            int out = l.outSize();
            for (int i = 0; i < out && borderKept; i++) {
                for (int j = 0; j < out; j++) {
                    if (i == 0 || j == 0 || i == out - 1 || j == out - 1) {
                        int base = (i * out + j) * l.perPosition();
                        for (int e = 0; e < l.perPosition() && borderKept; e++) {
                            if (l.stride() == 1 || i == 0 || j == 0) {
                                borderKept = w[base + e] == start[base + e];
                            }
                        }
                    }
                }
            }
            data.check(Check.holds("border neurons untouched (only the anchor acts, and it is zero), " + label, borderKept));
            // Once the expected mean square is below 1e-4 of its start, the remaining rms deviation (1 %)
            // is small against the spread of the phase kernels (about 1/sqrt(G) of it, G <= 144), which
            // moves the SNR by < 0.01 in log10; quick runs stop earlier and skip this check.
            if (theory[theory.length - 1] < 1e-4) {
                data.check(Check.absolute("weight SNR at the end vs its tiled-convolution limit (log10), " + label,
                        limitSnr, snr[snr.length - 1], 0.02));
            }
            data.note(label + ": mean-square factor per iteration q = " + String.format("%.4f",
                    SleepConvergence.meanSquareFactor(sp.lr(), sp.gamma(), l.fanIn(), sp.batch()))
                    + ", stability bound on the rate " + String.format("%.3f", SleepConvergence.stabilityBound(l.fanIn(), sp.batch())));
        }
        return data;
    }

    @Override
    public List<Chart<?, ?>> render(FigureData data) {
        List<Chart<?, ?>> charts = FigureRenderer.charts(data);
        SeriesColours.apply(charts, List.of("layer 1", "layer 2", "layer 3"));
        SeriesColours.legend(charts.get(0), Styler.LegendPosition.InsideNE);
        SeriesColours.legend(charts.get(1), Styler.LegendPosition.InsideSE);
        return charts;
    }
}
